import type { PageRequest } from "@gantry/subgraph-kit/pagination";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import { Device } from "./device.entity.ts";
import type { DeviceFilter } from "./device.input.ts";

/** The queries behind the device register; rules live in the manager. */
export class DeviceStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByIds(ids: readonly string[]): Promise<Device[]> {
    return this.em.find(Device, { id: { $in: [...ids] } });
  }

  async search(filter: DeviceFilter, page: PageRequest): Promise<{ nodes: Device[]; totalCount: number }> {
    const where: FilterQuery<Device> = {};
    if (filter.modality) where.modality = filter.modality;
    if (filter.kind) where.kind = filter.kind;
    // Retired devices stay on record but leave the everyday register.
    where.status = filter.status ?? { $ne: "retired" };
    const [nodes, totalCount] = await this.em.findAndCount(Device, where, {
      orderBy: { modality: "asc", kind: "asc", name: "asc", id: "asc" },
      limit: page.limit,
      offset: page.offset,
    });
    return { nodes, totalCount };
  }
}
