import dayjs from "dayjs";

/** How every area writes dates, times and API codes, so screens read alike. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY") : "—";
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY HH:mm") : "—";
}

/** YYYY-MM-DD of today plus `days`, on this workstation's clock (the department's zone). */
export function dayFromToday(days = 0): string {
  return dayjs().add(days, "day").format("YYYY-MM-DD");
}

/** An API code in words: "ENTERED_IN_ERROR" -> "Entered in error". */
export function formatCode(value: string | null | undefined): string {
  if (!value) return "—";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
