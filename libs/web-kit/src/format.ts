import dayjs from "dayjs";

/** How every area writes dates, times and API codes, so screens read alike. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY") : "—";
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("D MMM YYYY HH:mm") : "—";
}

/** An API code in words: "ENTERED_IN_ERROR" -> "Entered in error". */
export function formatCode(value: string | null | undefined): string {
  if (!value) return "—";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
