import { DateInput, type DateInputProps } from "@mantine/dates";

/** Accepts only YYYY-MM-DD as typed, so a day is never guessed from an ambiguous format. */
function parseCalendarDate(value: string): string | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

/**
 * A typed date field, with the calendar available.
 * Value and onChange are YYYY-MM-DD strings, like the API's Date scalar.
 */
export function DateField(props: Omit<DateInputProps, "valueFormat" | "dateParser">) {
  return <DateInput valueFormat="YYYY-MM-DD" dateParser={parseCalendarDate} placeholder="YYYY-MM-DD" clearable {...props} />;
}
