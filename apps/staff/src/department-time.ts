/**
 * Shifts are planned on the department's wall clock (its time zone comes from the API), not the
 * browser's, so a coordinator working remotely still assigns 07:00 in the department.
 */

function parts(instant: Date, timeZone: string): Record<string, number> {
  const formatted = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const out: Record<string, number> = {};
  for (const part of formatted) if (part.type !== "literal") out[part.type] = Number(part.value);
  return out;
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant (ISO, UTC) of a wall-clock date and HH:mm time in a zone. */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset across a daylight-saving change.
  let instant = guess - offsetAt(new Date(guess), timeZone);
  instant = guess - offsetAt(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}

/** YYYY-MM-DD of an instant on the zone's calendar. */
export function zonedDate(instant: string, timeZone: string): string {
  const p = parts(new Date(instant), timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** HH:mm of an instant on the zone's clock. */
export function zonedTime(instant: string, timeZone: string): string {
  const p = parts(new Date(instant), timeZone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday of the week a date falls in. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Today on the zone's calendar. */
export function zonedToday(timeZone: string): string {
  return zonedDate(new Date().toISOString(), timeZone);
}

export function formatDay(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
