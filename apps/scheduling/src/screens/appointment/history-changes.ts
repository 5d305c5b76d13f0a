import { formatDateTime } from "../../time.ts";

const fieldNames: Record<string, string> = {
  startsAt: "Start",
  endsAt: "End",
  deviceId: "Device",
  technologistId: "Technologist",
  overrides: "Rules overridden",
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string") return isoInstant.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value))
    return value
      .map((item) =>
        typeof item === "object" && item !== null && "code" in item && "reason" in item
          ? `${String(item.code)} (${String(item.reason)})`
          : valueText(item),
      )
      .join(", ");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** An entry's `changes` (JSON of field → {from, to}) as lines a person reads: "Start: 8 Dec 09:00 → 8 Dec 10:00". */
export function describeChanges(changes: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return [changes];
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
    const name = fieldNames[field] ?? field;
    if (typeof change === "object" && change !== null && "to" in change) {
      const { from, to } = change as { from?: unknown; to?: unknown };
      return field === "overrides" ? `${name}: ${valueText(to)}` : `${name}: ${valueText(from)} → ${valueText(to)}`;
    }
    return `${name}: ${valueText(change)}`;
  });
}
