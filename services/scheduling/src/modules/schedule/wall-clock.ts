import { addDays, dateIn, timeIn, wallClockToInstant } from "@gantry/calendar/calendar";

/*
 * Opening hours are wall-clock times on the department's clock. A device is open while that clock
 * shows a time in [opens, closes). So each end is the FIRST instant the clock shows its time:
 *  - a time the clocks repeat (01:30 when they fall back) counts at its first showing, still on
 *    daylight time;
 *  - a time the clocks skip (02:30 when New York springs forward on 8 March 2026) is the instant
 *    they jump past it (03:00 EDT): the clock never shows 02:00–02:59 that night, so nothing is
 *    open then, and 02:30–04:00 is one hour, 03:00–04:00 EDT.
 * Shifting a skipped time forward by the gap (RFC 5545, Temporal's "compatible") would count
 * 03:00–03:30 as closed although the clock then shows times inside the interval; it suits a
 * single appointment time, not a stretch of opening hours.
 */

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** "HH:mm" of a time, also from PostgreSQL's "HH:mm:ss". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** "YYYY-MM-DDTHH:mm" the zone's clock shows at a whole-minute instant (sorts like the instants it names, outside a repeated hour). */
function reading(instant: number, timeZone: string): string {
  const at = new Date(instant);
  return `${dateIn(at, timeZone)}T${timeIn(at, timeZone)}`;
}

/** Milliseconds the zone's clock is ahead of UTC at a whole-minute instant. */
function offsetAt(instant: number, timeZone: string): number {
  return Date.parse(`${reading(instant, timeZone)}:00Z`) - instant;
}

// The calendar reads a zone through Intl on every call (a fraction of a millisecond each), which
// for a month of 30 devices took seconds. Almost every day has one offset all through: that is
// found once per zone and date; days around a change take the careful path once per time of day.
// Both answers never change, so they are kept for the process (bounded, a few bytes each).
const remembered = 50_000;
const steadyOffsets = new Map<string, number | null>();
const changeDayInstants = new Map<string, number>();

function remember<Value>(cache: Map<string, Value>, key: string, value: Value): Value {
  if (cache.size >= remembered) cache.clear();
  cache.set(key, value);
  return value;
}

/** The zone's offset all through `date` and the days either side, or null when its clocks change around it. */
function steadyOffset(date: string, timeZone: string): number | null {
  const key = `${timeZone} ${date}`;
  const known = steadyOffsets.get(key);
  if (known !== undefined) return known;
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const before = offsetAt(midnight - dayMs, timeZone);
  return remember(steadyOffsets, key, before === offsetAt(midnight + 2 * dayMs, timeZone) ? before : null);
}

/**
 * The first instant the department's clock shows `time` ("HH:mm") on `date`, or, when the clocks
 * skip it that night, the instant they jump past it. "24:00" is the end of the day: the next day's
 * 00:00.
 */
export function firstShowing(date: string, time: string, timeZone: string): Date {
  if (time === "24:00") return firstShowing(addDays(date, 1), "00:00", timeZone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const steady = steadyOffset(date, timeZone);
  if (steady !== null) return new Date(asUtc - steady);
  const key = `${timeZone} ${date} ${time}`;
  return new Date(changeDayInstants.get(key) ?? remember(changeDayInstants, key, aroundChange(date, time, timeZone)));
}

/** firstShowing on a day whose clocks change (or the days next to one), in milliseconds. */
function aroundChange(date: string, time: string, timeZone: string): number {
  const wanted = `${date}T${time}`;
  const asUtc = Date.parse(`${wanted}:00Z`);
  // The offset of the day before is the one in force before any change tonight: the first showing of a repeated time.
  const earlier = asUtc - offsetAt(asUtc - dayMs, timeZone);
  if (reading(earlier, timeZone) === wanted) return earlier;
  // After a change earlier today (or yesterday), the calendar's own answer holds.
  const settled = wallClockToInstant(date, time, timeZone).getTime();
  if (reading(settled, timeZone) === wanted) return settled;
  // Skipped: search, to the minute, for the jump between the new offset's reading (before it) and the old one's (after it).
  let before = asUtc - offsetAt(asUtc + dayMs, timeZone);
  let after = earlier;
  while (after - before > minuteMs) {
    const middle = before + Math.floor((after - before) / 2 / minuteMs) * minuteMs;
    if (reading(middle, timeZone) > wanted) after = middle;
    else before = middle;
  }
  return after;
}
