import { defineEntity, p } from "@mikro-orm/core";

/** Priorities a block of time may be kept for: routine work never gets reserved time. */
export const reservedPriorities = ["urgent", "asap", "stat"] as const;
export type ReservedPriority = (typeof reservedPriorities)[number];

/*
 * Wall-clock columns are PostgreSQL `time` (MikroORM reads them as "HH:mm:ss"); they mean the
 * department's clock (GANTRY_TIME_ZONE), never UTC. Dates are `date` ("YYYY-MM-DD"), both ends
 * inclusive. Devices belong to the equipment area: `deviceId` is its id, with no foreign key.
 */

/** One weekly opening interval of a device: on `weekday` (ISO, 1 = Monday) from `opens` to `closes`, between two dates. */
export const ScheduleHoursSchema = defineEntity({
  name: "ScheduleHours",
  tableName: "schedule_hours",
  properties: {
    id: p.uuid().primary(),
    deviceId: p.uuid(),
    weekday: p.smallint(),
    opens: p.time(),
    closes: p.time(),
    validFrom: p.date(),
    /** Last day the interval applies; null while it is the device's current pattern. */
    validTo: p.date().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
  },
});
export class ScheduleHours extends ScheduleHoursSchema.class {}
ScheduleHoursSchema.setClass(ScheduleHours);

/** One date whose hours replace the week's: closed (a holiday) or open `opens`–`closes` (extended hours). */
export const ScheduleExceptionSchema = defineEntity({
  name: "ScheduleException",
  tableName: "schedule_exception",
  uniques: [{ properties: ["deviceId", "onDate"] }],
  properties: {
    id: p.uuid().primary(),
    deviceId: p.uuid(),
    onDate: p.date(),
    closed: p.boolean(),
    opens: p.time().nullable(),
    closes: p.time().nullable(),
    reason: p.string().length(200),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
  },
});
export class ScheduleException extends ScheduleExceptionSchema.class {}
ScheduleExceptionSchema.setClass(ScheduleException);

/** Weekly time kept for a priority (two STAT slots a day on CT) or a procedure group, within the device's opening hours. */
export const ReservedBlockSchema = defineEntity({
  name: "ReservedBlock",
  tableName: "reserved_block",
  properties: {
    id: p.uuid().primary(),
    deviceId: p.uuid(),
    weekday: p.smallint(),
    starts: p.time(),
    ends: p.time(),
    forPriority: p.enum([...reservedPriorities]).nullable(),
    /** A procedure group code of the catalogue (procedure.procedure_group). */
    forGroup: p.string().length(40).nullable(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
  },
});
export class ReservedBlock extends ReservedBlockSchema.class {}
ReservedBlockSchema.setClass(ReservedBlock);

export const scheduleEntities = [ScheduleHoursSchema, ScheduleExceptionSchema, ReservedBlockSchema];
