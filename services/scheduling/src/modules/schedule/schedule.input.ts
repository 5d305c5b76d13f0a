import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { calendarDate, recordId, reference, requiredText } from "@gantry/subgraph-kit/input-rules";
import { daysBetween } from "@gantry/calendar/calendar";
import { z } from "zod";
import { reservedPriorities } from "./schedule.entity.ts";

const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The weekday's name for messages: 1 is Monday, 7 Sunday (ISO). */
export function weekdayName(weekday: number): string {
  return weekdayNames[weekday - 1] ?? `weekday ${weekday}`;
}

export const weekday = z.number().int().min(1).max(7, "must be an ISO weekday, 1 (Monday) to 7 (Sunday)");

/** An opening or starting time on the department's 24-hour clock, "HH:mm". */
export const wallClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day HH:mm, 00:00 to 23:59");

/** A closing or ending time: also 24:00, the end of the day, so hours can run to midnight (and on into the next day's 00:00). */
export const closingTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be a time of day HH:mm, 00:01 to 24:00");

/** A date from today on: the department's past days keep the hours, exceptions and reservations they had. */
const fromToday = calendarDate.refine((date) => date >= departmentToday(), {
  error: () => `must not be before today (${departmentToday()}): past days keep the schedule they had`,
});

const longestRangeDays = 366;
export const dateRange = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((range) => range.to >= range.from, { message: "must not be before from", path: ["to"] })
  .refine((range) => daysBetween(range.from, range.to) < longestRangeDays, {
    message: `a range covers at most ${longestRangeDays} days`,
    path: ["to"],
  });

const endsAfterStart = (start: string, end: string) => end > start;

const weeklyInterval = z
  .object({ weekday, opens: wallClockTime, closes: closingTime })
  .refine((interval) => endsAfterStart(interval.opens, interval.closes), { message: "must be after opens", path: ["closes"] });

export const setWeeklyHoursInput = z
  .object({
    deviceId: recordId,
    validFrom: fromToday,
    // Seven days of a few intervals each; more is a mistake, not a pattern.
    hours: z.array(weeklyInterval).max(70, "must have at most 70 intervals"),
  })
  .superRefine(({ hours }, context) => {
    hours.forEach((interval, index) => {
      const clash = hours.find(
        (other, otherIndex) =>
          otherIndex < index && other.weekday === interval.weekday && other.opens < interval.closes && interval.opens < other.closes,
      );
      if (clash)
        context.addIssue({
          code: "custom",
          path: ["hours", index],
          message: `${weekdayName(interval.weekday)}: ${interval.opens}–${interval.closes} overlaps ${clash.opens}–${clash.closes}`,
        });
    });
  });

export const addScheduleExceptionInput = z
  .object({
    deviceId: recordId,
    date: fromToday,
    closed: z.boolean(),
    opens: wallClockTime.nullish(),
    closes: closingTime.nullish(),
    reason: requiredText(200),
  })
  .superRefine((input, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (input.closed) {
      if (input.opens != null) problem("opens", "a closed day has no opening time");
      if (input.closes != null) problem("closes", "a closed day has no closing time");
      return;
    }
    if (input.opens == null) problem("opens", "give the day's opening time, or set closed");
    if (input.closes == null) problem("closes", "give the day's closing time, or set closed");
    if (input.opens != null && input.closes != null && !endsAfterStart(input.opens, input.closes)) problem("closes", "must be after opens");
  });

export const addReservedBlockInput = z
  .object({
    deviceId: recordId,
    weekday,
    starts: wallClockTime,
    ends: closingTime,
    forPriority: fromGraphQLEnum(reservedPriorities).nullish(),
    forGroup: reference(40).nullish(),
    validFrom: fromToday,
    validTo: calendarDate.nullish(),
  })
  .refine((block) => endsAfterStart(block.starts, block.ends), { message: "must be after starts", path: ["ends"] })
  .refine((block) => block.forPriority != null || block.forGroup != null, {
    message: "say whom the time is kept for: a priority, a procedure group, or both",
    path: ["forPriority"],
  })
  .refine((block) => block.validTo == null || block.validTo >= block.validFrom, {
    message: "must not be before validFrom",
    path: ["validTo"],
  });
