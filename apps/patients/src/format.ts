import dayjs from "dayjs";

// The shared wording of dates and codes; this file adds the area's own labels.
export { formatCode, formatDate, formatDateTime } from "@gantry/web-kit/format";

/** Today's calendar date in the browser's zone, YYYY-MM-DD (birth dates are local dates). */
export function today(): string {
  return dayjs().format("YYYY-MM-DD");
}

const sexLabels: Record<string, string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "Unknown" };
export function formatSex(value: string): string {
  return sexLabels[value] ?? value;
}

/** Age in whole years on a date, for the header the front desk checks identity against. */
export function ageOf(birthDate: string): number {
  return dayjs().diff(dayjs(birthDate), "year");
}
