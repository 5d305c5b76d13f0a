import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ReservedBlock, ScheduleException, ScheduleHours } from "./schedule.entity.ts";

/** Rules in force on some day of from..to; `to` null means "from `from` on". */
function inForce(from: string, to: string | null) {
  return {
    ...(to === null ? {} : { validFrom: { $lte: to } }),
    $or: [{ validTo: null }, { validTo: { $gte: from } }],
  };
}

/** The queries behind device schedules: each reads one table for any number of devices in one statement. */
export class ScheduleStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  /** Ids that can name a device; anything else could not reach a uuid column, and has no schedule. */
  private static devices(deviceIds: readonly string[]): string[] {
    return [...new Set(deviceIds)].filter(isRecordId);
  }

  async hoursInForce(deviceIds: readonly string[], from: string, to: string | null): Promise<ScheduleHours[]> {
    const ids = ScheduleStore.devices(deviceIds);
    if (ids.length === 0) return [];
    return this.em.find(
      ScheduleHours,
      { deviceId: { $in: ids }, ...inForce(from, to) },
      { orderBy: { validFrom: "asc", weekday: "asc", opens: "asc", id: "asc" } },
    );
  }

  async blocksInForce(deviceIds: readonly string[], from: string, to: string | null): Promise<ReservedBlock[]> {
    const ids = ScheduleStore.devices(deviceIds);
    if (ids.length === 0) return [];
    return this.em.find(
      ReservedBlock,
      { deviceId: { $in: ids }, ...inForce(from, to) },
      { orderBy: { validFrom: "asc", weekday: "asc", starts: "asc", id: "asc" } },
    );
  }

  async exceptionsBetween(deviceIds: readonly string[], from: string, to: string): Promise<ScheduleException[]> {
    const ids = ScheduleStore.devices(deviceIds);
    if (ids.length === 0) return [];
    return this.em.find(
      ScheduleException,
      { deviceId: { $in: ids }, onDate: { $gte: from, $lte: to } },
      { orderBy: { onDate: "asc", id: "asc" } },
    );
  }

  findException(id: string): Promise<ScheduleException | null> {
    return isRecordId(id) ? this.em.findOne(ScheduleException, { id }) : Promise.resolve(null);
  }

  findBlock(id: string): Promise<ReservedBlock | null> {
    return isRecordId(id) ? this.em.findOne(ReservedBlock, { id }) : Promise.resolve(null);
  }

  /**
   * Holds the device's weekly pattern until the transaction ends, so two coordinators replacing it
   * at once apply one after the other (a device with no rows yet has no row to lock).
   */
  async lockWeeklyHours(deviceId: string): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`schedule_hours:${deviceId}`]);
  }
}
