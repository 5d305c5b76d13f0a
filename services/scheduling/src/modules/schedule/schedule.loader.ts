import DataLoader from "dataloader";
import type { DeviceSchedule } from "./opening-hours.ts";
import type { ReservedBlock, ScheduleException, ScheduleHours } from "./schedule.entity.ts";
import type { ScheduleStore } from "./schedule.store.ts";

/** A device's rules for a range of days, as the pure opening-hours functions take them. */
export type StoredSchedule = DeviceSchedule<ScheduleException>;

function byDevice<Row extends { deviceId: string }>(deviceIds: readonly string[], rows: readonly Row[]): Row[][] {
  const grouped = new Map<string, Row[]>(deviceIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.deviceId)?.push(row);
  return deviceIds.map((id) => grouped.get(id) ?? []);
}

function remembered<Value>(cache: Map<string, Value>, key: string, make: () => Value): Value {
  const existing = cache.get(key);
  if (existing) return existing;
  const made = make();
  cache.set(key, made);
  return made;
}

/**
 * The request's schedule loaders: every device field of one GraphQL request (30 devices'
 * openingHours) is answered by one statement per table. Fields with a date range get one loader
 * per range, since the statement depends on it.
 */
export class ScheduleLoaders {
  private readonly store: ScheduleStore;
  private readonly schedulesByRange = new Map<string, DataLoader<string, StoredSchedule>>();
  private readonly exceptionsByRange = new Map<string, DataLoader<string, ScheduleException[]>>();
  /** Weekly hours and reserved blocks in force today or later. */
  readonly currentHours: DataLoader<string, ScheduleHours[]>;
  readonly currentBlocks: DataLoader<string, ReservedBlock[]>;

  constructor(store: ScheduleStore, today: () => string) {
    this.store = store;
    this.currentHours = new DataLoader(async (ids) => byDevice(ids, await store.hoursInForce(ids, today(), null)));
    this.currentBlocks = new DataLoader(async (ids) => byDevice(ids, await store.blocksInForce(ids, today(), null)));
  }

  /** Weekly hours, exceptions and reserved blocks of each device on from..to: three statements per batch, one per table. */
  schedules(from: string, to: string): DataLoader<string, StoredSchedule> {
    return remembered(
      this.schedulesByRange,
      `${from} ${to}`,
      () =>
        new DataLoader<string, StoredSchedule>(async (ids) => {
          const [hours, exceptions, blocks] = await Promise.all([
            this.store.hoursInForce(ids, from, to),
            this.store.exceptionsBetween(ids, from, to),
            this.store.blocksInForce(ids, from, to),
          ]);
          const [hoursBy, exceptionsBy, blocksBy] = [byDevice(ids, hours), byDevice(ids, exceptions), byDevice(ids, blocks)];
          return ids.map((_id, index) => ({
            hours: hoursBy[index] ?? [],
            exceptions: exceptionsBy[index] ?? [],
            blocks: blocksBy[index] ?? [],
          }));
        }),
    );
  }

  exceptions(from: string, to: string): DataLoader<string, ScheduleException[]> {
    return remembered(
      this.exceptionsByRange,
      `${from} ${to}`,
      () => new DataLoader<string, ScheduleException[]>(async (ids) => byDevice(ids, await this.store.exceptionsBetween(ids, from, to))),
    );
  }

  /** After a write: later reads of this request see it. */
  clear(): void {
    this.currentHours.clearAll();
    this.currentBlocks.clearAll();
    this.schedulesByRange.clear();
    this.exceptionsByRange.clear();
  }
}
