import dayjs from "dayjs";

/** Today's calendar date in the browser's zone, YYYY-MM-DD (birth dates are local dates). */
export function today(): string {
  return dayjs().format("YYYY-MM-DD");
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY") : "—";
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY HH:mm") : "—";
}

const sexLabels: Record<string, string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "Unknown" };
export function formatSex(value: string): string {
  return sexLabels[value] ?? value;
}

/** "ENTERED_IN_ERROR" -> "Entered in error". */
export function formatCode(value: string | null | undefined): string {
  if (!value) return "—";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Age in whole years on a date, for the header the front desk checks identity against. */
export function ageOf(birthDate: string): number {
  return dayjs().diff(dayjs(birthDate), "year");
}
