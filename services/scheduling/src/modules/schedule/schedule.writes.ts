import { randomUUID } from "node:crypto";
import { addDays } from "@gantry/calendar/calendar";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import { ReservedBlock, ScheduleException, ScheduleHours } from "./schedule.entity.ts";
import { addReservedBlockInput, addScheduleExceptionInput, setWeeklyHoursInput } from "./schedule.input.ts";
import { ScheduleStore } from "./schedule.store.ts";

/** What schedules need of the request: its EntityManager and who is asking. */
export type ScheduleContext = Pick<SubgraphContext, "em" | "identity">;

/** "HH:mm" as PostgreSQL's time takes it through MikroORM ("HH:mm:ss"). */
const asTime = (time: string) => `${time}:00`;

/**
 * Changes to device schedules (coordinators and administrators). History is kept: days before
 * today keep the hours, exceptions and reservations they had, since utilization and audits read them.
 */
export class ScheduleWrites {
  private readonly context: ScheduleContext;
  private readonly changed: () => void;

  constructor(context: ScheduleContext, changed: () => void) {
    this.context = context;
    this.changed = changed;
  }

  /**
   * Replaces the device's weekly pattern from `validFrom` on: intervals begun earlier end the day
   * before (kept as history); those that would only begin on or after it are superseded before
   * they applied and are deleted (a row cannot end before it begins). An empty list closes the
   * device every day from then on.
   */
  async setWeeklyHours(rawArgs: unknown): Promise<ScheduleHours[]> {
    requireSchedulingPermission(this.context.identity, "manageSchedules", "Setting weekly hours");
    const { deviceId, validFrom, hours } = parseInput(setWeeklyHoursInput, rawArgs, "arguments");
    const created = await this.context.em.transactional(async (em) => {
      const store = new ScheduleStore(em);
      await store.lockWeeklyHours(deviceId);
      for (const rule of await store.hoursInForce([deviceId], validFrom, null)) {
        if (rule.validFrom < validFrom) rule.validTo = addDays(validFrom, -1);
        else em.remove(rule);
      }
      return hours.map((interval) =>
        em.create(ScheduleHours, {
          id: randomUUID(),
          deviceId,
          weekday: interval.weekday,
          opens: asTime(interval.opens),
          closes: asTime(interval.closes),
          validFrom,
          validTo: null,
          createdAt: new Date(),
          createdBy: this.context.identity.name,
        }),
      );
    });
    this.changed();
    return created.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  }

  async addException(rawInput: unknown): Promise<ScheduleException> {
    requireSchedulingPermission(this.context.identity, "manageSchedules", "Adding a schedule exception");
    const input = parseInput(addScheduleExceptionInput, rawInput);
    const exception = this.context.em.create(ScheduleException, {
      id: randomUUID(),
      deviceId: input.deviceId,
      onDate: input.date,
      closed: input.closed,
      opens: input.closed || input.opens == null ? null : asTime(input.opens),
      closes: input.closed || input.closes == null ? null : asTime(input.closes),
      reason: input.reason,
      createdAt: new Date(),
      createdBy: this.context.identity.name,
    });
    await conflictOnViolation(
      () => this.context.em.flush(),
      [
        {
          sqlState: SqlState.UniqueViolation,
          message: `The device already has an exception on ${input.date}; remove it before adding another.`,
        },
      ],
    );
    this.changed();
    return exception;
  }

  async removeException(id: string): Promise<ScheduleException> {
    requireSchedulingPermission(this.context.identity, "manageSchedules", "Removing a schedule exception");
    const exception = await new ScheduleStore(this.context.em).findException(id);
    if (!exception) throw notFound("ScheduleException", id);
    if (exception.onDate < departmentToday()) throw conflict(`The exception of ${exception.onDate} is past; it stays on record.`);
    await this.context.em.remove(exception).flush();
    this.changed();
    return exception;
  }

  async addBlock(rawInput: unknown): Promise<ReservedBlock> {
    requireSchedulingPermission(this.context.identity, "manageSchedules", "Reserving a block");
    const input = parseInput(addReservedBlockInput, rawInput);
    const block = this.context.em.create(ReservedBlock, {
      id: randomUUID(),
      deviceId: input.deviceId,
      weekday: input.weekday,
      starts: asTime(input.starts),
      ends: asTime(input.ends),
      forPriority: input.forPriority ?? null,
      forGroup: input.forGroup ?? null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      createdAt: new Date(),
      createdBy: this.context.identity.name,
    });
    await conflictOnViolation(
      () => this.context.em.flush(),
      [
        {
          sqlState: SqlState.ExclusionViolation,
          constraint: "reserved_block_no_overlap",
          message: `The device already keeps time overlapping ${input.starts}–${input.ends} on that weekday; change or remove that block first.`,
        },
      ],
    );
    this.changed();
    return block;
  }

  /** Ends a block that already applied on past days yesterday (kept as history); deletes one not begun yet. */
  async removeBlock(id: string): Promise<ReservedBlock> {
    requireSchedulingPermission(this.context.identity, "manageSchedules", "Removing a reserved block");
    const block = await new ScheduleStore(this.context.em).findBlock(id);
    if (!block) throw notFound("ReservedBlock", id);
    const today = departmentToday();
    if (block.validTo != null && block.validTo < today)
      throw conflict(`This reserved block ended on ${block.validTo}; it stays on record.`);
    if (block.validFrom < today) block.validTo = addDays(today, -1);
    else this.context.em.remove(block);
    await this.context.em.flush();
    this.changed();
    return block;
  }
}
