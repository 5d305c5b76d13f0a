import { departmentTimeZone } from "@gantry/subgraph-kit/department-clock";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import { deviceHours, openingDays, type DeviceHours, type OpeningDay } from "./opening-hours.ts";
import type { ScheduleException, ScheduleHours, ReservedBlock } from "./schedule.entity.ts";
import { dateRange } from "./schedule.input.ts";
import type { ScheduleLoaders } from "./schedule.loader.ts";
import { ScheduleWrites, type ScheduleContext } from "./schedule.writes.ts";

// The contract other modules (slot finding, booking) use; the types live with the pure computation.
export type { DeviceHours, OpenPeriod, ReservedPeriod } from "./opening-hours.ts";

/** One department day of a device's opening hours, with the exception that shaped it. */
export type ScheduleDay = OpeningDay<ScheduleException>;

/**
 * Device schedules: who reads and changes them, and the hours they give as instants. Devices are
 * the equipment area's; a schedule names a device by id only and does not ask whether it exists
 * (booking asks the equipment area whether the device is in service, at write time).
 */
export class ScheduleManager {
  private readonly context: ScheduleContext;
  private readonly loaders: ScheduleLoaders;
  private readonly writes: ScheduleWrites;

  constructor(context: ScheduleContext, loaders: ScheduleLoaders) {
    this.context = context;
    this.loaders = loaders;
    this.writes = new ScheduleWrites(context, () => loaders.clear());
  }

  /**
   * Each device's open and reserved periods on the department's days `from` to `to` (inclusive),
   * sorted and joined where they touch; every device asked for is in the map (empty without
   * hours). Three SQL statements however many devices and days. A building block for other
   * modules: they check their own action's permission.
   */
  async hoursOf(deviceIds: readonly string[], from: string, to: string): Promise<Map<string, DeviceHours>> {
    const ids = [...new Set(deviceIds)];
    const schedules = await this.loaders.schedules(from, to).loadMany(ids);
    const timeZone = departmentTimeZone();
    return new Map(
      ids.map((id, index) => {
        const schedule = schedules[index];
        if (schedule instanceof Error) throw schedule;
        return [id, schedule ? deviceHours(openingDays(schedule, from, to, timeZone)) : { open: [], reserved: [] }];
      }),
    );
  }

  async openingHours(deviceId: string, rawFrom: string, rawTo: string): Promise<ScheduleDay[]> {
    const { from, to } = this.readRange("Reading opening hours", rawFrom, rawTo);
    return openingDays(await this.loaders.schedules(from, to).load(deviceId), from, to, departmentTimeZone());
  }

  /** Weekly hours in force today or later (current and announced patterns), oldest first. */
  weeklyHours(deviceId: string): Promise<ScheduleHours[]> {
    requireSchedulingPermission(this.context.identity, "readSchedules", "Reading weekly hours");
    return this.loaders.currentHours.load(deviceId);
  }

  /** Reserved blocks in force today or later. */
  reservedBlocks(deviceId: string): Promise<ReservedBlock[]> {
    requireSchedulingPermission(this.context.identity, "readSchedules", "Reading reserved blocks");
    return this.loaders.currentBlocks.load(deviceId);
  }

  exceptions(deviceId: string, rawFrom: string, rawTo: string): Promise<ScheduleException[]> {
    const { from, to } = this.readRange("Reading schedule exceptions", rawFrom, rawTo);
    return this.loaders.exceptions(from, to).load(deviceId);
  }

  setWeeklyHours(rawArgs: unknown): Promise<ScheduleHours[]> {
    return this.writes.setWeeklyHours(rawArgs);
  }
  addException(rawInput: unknown): Promise<ScheduleException> {
    return this.writes.addException(rawInput);
  }
  removeException(id: string): Promise<ScheduleException> {
    return this.writes.removeException(id);
  }
  addBlock(rawInput: unknown): Promise<ReservedBlock> {
    return this.writes.addBlock(rawInput);
  }
  removeBlock(id: string): Promise<ReservedBlock> {
    return this.writes.removeBlock(id);
  }

  private readRange(operation: string, from: string, to: string): { from: string; to: string } {
    requireSchedulingPermission(this.context.identity, "readSchedules", operation);
    return parseInput(dateRange, { from, to }, "arguments");
  }
}
