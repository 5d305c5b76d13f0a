import { addDays, startOfDay, todayIn } from "@gantry/calendar/calendar";
import { commonSettings, readEnvironment } from "@gantry/config/environment";

/**
 * The department's one clock. Every area reads "today", day boundaries and wall-clock hours in
 * the department's IANA time zone (GANTRY_TIME_ZONE), so a shift, a maintenance day and an
 * expiry all agree on when a day begins — and none of them is the server's or UTC's day.
 */
let timeZone: string | undefined;

export function departmentTimeZone(): string {
  timeZone ??= readEnvironment({ GANTRY_TIME_ZONE: commonSettings.GANTRY_TIME_ZONE }).GANTRY_TIME_ZONE;
  return timeZone;
}

/** Today's date (YYYY-MM-DD) on the department's wall calendar. */
export function departmentToday(now: Date = new Date()): string {
  return todayIn(departmentTimeZone(), now);
}

/** The instant the department's day `date` begins (local midnight). */
export function startOfDepartmentDay(date: string): Date {
  return startOfDay(date, departmentTimeZone());
}

/** The instant the department's day `date` ends (the next local midnight). */
export function endOfDepartmentDay(date: string): Date {
  return startOfDay(addDays(date, 1), departmentTimeZone());
}
