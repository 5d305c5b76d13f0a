import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import type { OpenPeriod, ReservedPeriod } from "./opening-hours.ts";
import { hhmm } from "./wall-clock.ts";

const minutes = (period: OpenPeriod) => Math.round((period.endsAt.getTime() - period.startsAt.getTime()) / 60_000);
const priority = (value: ReservedPeriod["forPriority"] | undefined) => (value ? toGraphQLEnum(value) : null);
const device = (row: { deviceId: string }) => ({ id: row.deviceId });

export const scheduleResolvers: Resolvers = {
  Device: {
    weeklyHours: (device, _args, { schedules }) => schedules.weeklyHours(device.id),
    scheduleExceptions: (device, { from, to }, { schedules }) => schedules.exceptions(device.id, from, to),
    reservedBlocks: (device, _args, { schedules }) => schedules.reservedBlocks(device.id),
    openingHours: (device, { from, to }, { schedules }) => schedules.openingHours(device.id, from, to),
  },
  Mutation: {
    setWeeklyHours: (_root, args, { schedules }) => schedules.setWeeklyHours(args),
    addScheduleException: (_root, { input }, { schedules }) => schedules.addException(input),
    removeScheduleException: (_root, { id }, { schedules }) => schedules.removeException(id),
    addReservedBlock: (_root, { input }, { schedules }) => schedules.addBlock(input),
    removeReservedBlock: (_root, { id }, { schedules }) => schedules.removeBlock(id),
  },
  WeeklyHours: {
    device,
    opens: (row) => hhmm(row.opens),
    closes: (row) => hhmm(row.closes),
    validTo: (row) => row.validTo ?? null,
  },
  ScheduleException: {
    device,
    date: (row) => row.onDate,
    opens: (row) => (row.opens ? hhmm(row.opens) : null),
    closes: (row) => (row.closes ? hhmm(row.closes) : null),
  },
  ReservedBlock: {
    device,
    starts: (row) => hhmm(row.starts),
    ends: (row) => hhmm(row.ends),
    forPriority: (row) => priority(row.forPriority),
    forGroup: (row) => row.forGroup ?? null,
    validTo: (row) => row.validTo ?? null,
  },
  OpeningPeriod: { minutes },
  ReservedPeriod: { minutes, forPriority: (period) => priority(period.forPriority) },
};
