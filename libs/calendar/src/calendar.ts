/**
 * The department's calendar: calendar dates (YYYY-MM-DD) and wall-clock times in one IANA time
 * zone, turned into instants and back. Pure functions for the servers and the browser alike, so
 * that "today", "07:00" and "the week of 23 November" mean the same thing in every area and screen.
 */

const dayMs = 86_400_000;

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (it was
// most of the staff subgraph's CPU when the slot finder asked for two weeks of shifts).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(instant: Date, timeZone: string): Record<string, number> {
  const formatted = formatterFor(timeZone).formatToParts(instant);
  const parts: Record<string, number> = {};
  for (const part of formatted) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return parts;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (value: number | undefined) => String(value ?? 0).padStart(2, "0");

/** True when the runtime knows this IANA zone (e.g. America/Chicago). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** The instant of a wall-clock date and HH:mm time in the zone. */
export function wallClockToInstant(date: string, time: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset across a daylight-saving change.
  const first = guess - offsetAt(new Date(guess), timeZone);
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

/** The instant the zone's day `date` begins (local midnight). */
export function startOfDay(date: string, timeZone: string): Date {
  return wallClockToInstant(date, "00:00", timeZone);
}

/** YYYY-MM-DD of an instant on the zone's calendar. */
export function dateIn(instant: Date | string, timeZone: string): string {
  const p = zonedParts(new Date(instant), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** HH:mm of an instant on the zone's clock. */
export function timeIn(instant: Date | string, timeZone: string): string {
  const p = zonedParts(new Date(instant), timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Today on the zone's calendar. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateIn(now, timeZone);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Every calendar date from `from` to `to`, both included, in order; none when `to` is earlier. */
export function calendarDays(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_unused, index) => addDays(from, index));
}

/** Monday of the week a date falls in. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
