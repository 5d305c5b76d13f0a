import dayjs from "dayjs";

// Times are shown on the browser's clock, like every area's screens (formatDateTime); the
// department's workstations run on its own zone.
export { dayFromToday, formatDate, formatDateTime } from "@gantry/web-kit/format";

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, "day").format("YYYY-MM-DD");
}

export function formatTime(instant: string): string {
  return dayjs(instant).format("HH:mm");
}

/** "Tue 8 Dec 09:20–09:40": a slot or appointment in one glance. */
export function formatSpan(startsAt: string, endsAt: string): string {
  return `${dayjs(startsAt).format("ddd D MMM HH:mm")}–${dayjs(endsAt).format("HH:mm")}`;
}

/** How long an order has waited, in the largest unit that says it: "3 d 4 h", "5 h 12 min", "8 min". */
export function waitingSince(instant: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(instant)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

/** HH:mm on a 24-hour clock (24:00 is the end of the day, as the API allows for closing times). */
export function isClockTime(value: string, allowMidnightEnd = false): boolean {
  if (allowMidnightEnd && value === "24:00") return true;
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
