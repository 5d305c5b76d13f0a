import { addDays } from "@gantry/calendar/calendar";
import type { Priority } from "../procedure/procedure.entity.ts";
import { firstShowing, hhmm, isoWeekday } from "./wall-clock.ts";

/*
 * A device's opening hours as instants: pure, so the daylight-saving rules are proven by unit tests
 * (opening-hours.test.ts) rather than by whatever zone a test server happens to run in. The rules
 * for one day, in order: a date exception replaces the week's hours (closed, or its own hours);
 * otherwise the weekly intervals of that weekday in force that day apply; reserved blocks in force
 * that day are clipped to what is open, so a block on a holiday or outside the hours keeps nothing.
 */

/** A stretch of time a device is open, as instants (from wall-clock hours in the department's zone). */
export interface OpenPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** Time kept for a priority or a procedure group. */
export interface ReservedPeriod extends OpenPeriod {
  forPriority: Exclude<Priority, "routine"> | null;
  forGroup: string | null;
}

export interface DeviceHours {
  open: OpenPeriod[];
  reserved: ReservedPeriod[];
}

interface InForce {
  weekday: number;
  validFrom: string;
  validTo?: string | null;
}
export interface WeeklyInterval extends InForce {
  opens: string;
  closes: string;
}
export interface WeeklyBlock extends InForce {
  starts: string;
  ends: string;
  forPriority?: Exclude<Priority, "routine"> | null;
  forGroup?: string | null;
}
export interface DateException {
  onDate: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
}

export interface DeviceSchedule<Exception extends DateException = DateException> {
  hours: readonly WeeklyInterval[];
  exceptions: readonly Exception[];
  blocks: readonly WeeklyBlock[];
}

/** One day of a device's computed hours; `exception` when a date exception replaced the week's. */
export interface OpeningDay<Exception extends DateException = DateException> extends DeviceHours {
  date: string;
  exception: Exception | null;
}

function inForceOn(date: string) {
  const weekday = isoWeekday(date);
  return (rule: InForce) => rule.weekday === weekday && rule.validFrom <= date && (rule.validTo == null || date <= rule.validTo);
}

function toPeriod(date: string, from: string, to: string, timeZone: string): OpenPeriod {
  return { startsAt: firstShowing(date, hhmm(from), timeZone), endsAt: firstShowing(date, hhmm(to), timeZone) };
}

const byStart = (a: OpenPeriod, b: OpenPeriod) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime();

/** Sorted, with overlapping and touching periods joined (07:00–12:00 and 12:00–19:00 are one period). */
export function mergePeriods(periods: readonly OpenPeriod[]): OpenPeriod[] {
  const merged: OpenPeriod[] = [];
  for (const period of [...periods].filter((p) => p.endsAt > p.startsAt).sort(byStart)) {
    const last = merged.at(-1);
    if (last && period.startsAt <= last.endsAt) last.endsAt = period.endsAt > last.endsAt ? period.endsAt : last.endsAt;
    else merged.push({ startsAt: period.startsAt, endsAt: period.endsAt });
  }
  return merged;
}

/** Sorted; touching or overlapping periods kept for the same purpose are joined, different purposes stay apart. */
export function mergeReserved(periods: readonly ReservedPeriod[]): ReservedPeriod[] {
  const purposes = new Map<string, ReservedPeriod[]>();
  for (const period of periods) {
    const purpose = `${period.forPriority ?? ""}|${period.forGroup ?? ""}`;
    purposes.set(purpose, [...(purposes.get(purpose) ?? []), period]);
  }
  return [...purposes.values()]
    .flatMap((same) => {
      const { forPriority, forGroup } = same[0] ?? { forPriority: null, forGroup: null };
      return mergePeriods(same).map((period) => ({ ...period, forPriority, forGroup }));
    })
    .sort(byStart);
}

/** The part of `period` inside each open period. */
function clip(period: OpenPeriod, open: readonly OpenPeriod[]): OpenPeriod[] {
  return open
    .map((window) => ({
      startsAt: period.startsAt > window.startsAt ? period.startsAt : window.startsAt,
      endsAt: period.endsAt < window.endsAt ? period.endsAt : window.endsAt,
    }))
    .filter((part) => part.endsAt > part.startsAt);
}

function openingDay<Exception extends DateException>(schedule: DeviceSchedule<Exception>, date: string, timeZone: string) {
  const exception = schedule.exceptions.find((candidate) => candidate.onDate === date) ?? null;
  const inForce = inForceOn(date);
  const intervals = exception
    ? exception.closed || !exception.opens || !exception.closes
      ? []
      : [{ opens: exception.opens, closes: exception.closes }]
    : schedule.hours.filter(inForce);
  // A stretch wholly inside skipped time (02:00–02:45 when clocks spring forward) is empty, and dropped.
  const open = mergePeriods(intervals.map((interval) => toPeriod(date, interval.opens, interval.closes, timeZone)));
  const reserved = mergeReserved(
    schedule.blocks.filter(inForce).flatMap((block) =>
      clip(toPeriod(date, block.starts, block.ends, timeZone), open).map((part) => ({
        ...part,
        forPriority: block.forPriority ?? null,
        forGroup: block.forGroup ?? null,
      })),
    ),
  );
  return { date, exception, open, reserved };
}

/** Each department day `from`..`to` (inclusive, YYYY-MM-DD) of one device, in order; none when `to` is before `from`. */
export function openingDays<Exception extends DateException>(
  schedule: DeviceSchedule<Exception>,
  from: string,
  to: string,
  timeZone: string,
): OpeningDay<Exception>[] {
  const days: OpeningDay<Exception>[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(openingDay(schedule, date, timeZone));
  return days;
}

/** The days' periods as one sorted list each, joined across midnight where a day closes at 24:00 and the next opens at 00:00. */
export function deviceHours(days: readonly OpeningDay[]): DeviceHours {
  return { open: mergePeriods(days.flatMap((day) => day.open)), reserved: mergeReserved(days.flatMap((day) => day.reserved)) };
}
