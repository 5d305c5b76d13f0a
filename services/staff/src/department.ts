/**
 * Department hours: the hours a modality must have a credentialed technologist on shift.
 * Gantry assumes 07:00–19:00 every day of the week, in the department's time zone
 * (STAFF_DEPARTMENT_TIME_ZONE, an IANA name, UTC when unset). Outside these hours on-call covers.
 */
export const departmentHours = {
  opensAtHour: 7,
  closesAtHour: 19,
  timeZone: readTimeZone(process.env.STAFF_DEPARTMENT_TIME_ZONE),
} as const;

function readTimeZone(value: string | undefined): string {
  if (!value) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
  } catch {
    throw new Error(`STAFF_DEPARTMENT_TIME_ZONE must be an IANA time zone such as America/Chicago; got "${value}".`);
  }
  return value;
}

/** Today's date (YYYY-MM-DD) on the department's wall calendar. */
export function departmentToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: departmentHours.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    now,
  );
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Milliseconds the department's wall clock is ahead of UTC at `instant`. */
function zoneOffset(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: departmentHours.timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the department's day `date` begins (local midnight). */
export function startOfDepartmentDay(date: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  const guess = midnightUtc - zoneOffset(new Date(midnightUtc));
  return new Date(midnightUtc - zoneOffset(new Date(guess)));
}
