import type { EntityManager } from "@mikro-orm/postgresql";
import { Maintenance } from "./maintenance.entity.ts";

/** The queries behind maintenance; the no-overlap rule itself lives in the database. */
export class MaintenanceStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<Maintenance | null> {
    return this.em.findOne(Maintenance, { id });
  }

  findByIds(ids: readonly string[]): Promise<Maintenance[]> {
    return this.em.find(Maintenance, { id: { $in: [...ids] } });
  }

  findByDevices(deviceIds: readonly string[]): Promise<Maintenance[]> {
    return this.em.find(Maintenance, { deviceId: { $in: [...deviceIds] } }, { orderBy: { startsAt: "desc", id: "asc" } });
  }

  due(from: Date, until: Date): Promise<Maintenance[]> {
    return this.em.find(
      Maintenance,
      { status: "scheduled", startsAt: { $gte: from, $lt: until } },
      { orderBy: { startsAt: "asc", id: "asc" } },
    );
  }

  overdue(asOf: Date): Promise<Maintenance[]> {
    return this.em.find(
      Maintenance,
      { status: { $in: ["scheduled", "in-progress"] }, endsAt: { $lte: asOf } },
      { orderBy: { endsAt: "asc", id: "asc" } },
    );
  }
}
