import { dateIn, todayIn, wallClockToInstant } from "@gantry/calendar/calendar";

/**
 * Shifts are planned on the department's wall clock (its time zone comes from the API), not the
 * browser's, so a coordinator working remotely still assigns 07:00 in the department. The
 * calendar arithmetic is the shared one the servers use (@gantry/calendar).
 */
export { addDays, timeIn as zonedTime, weekStart } from "@gantry/calendar/calendar";

/** The instant (ISO, UTC) of a wall-clock date and HH:mm time in a zone. */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  return wallClockToInstant(date, time, timeZone).toISOString();
}

/** YYYY-MM-DD of an instant on the zone's calendar. */
export function zonedDate(instant: string, timeZone: string): string {
  return dateIn(instant, timeZone);
}

/** Today on the zone's calendar. */
export function zonedToday(timeZone: string): string {
  return todayIn(timeZone);
}

export function formatDay(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
