import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339: a date, a time to the minute or finer, and a zone (Z or an offset) — never a wall-clock time alone.
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** Years PostgreSQL and every other system Gantry talks to agree on (there is no year 0). */
function inYearRange(year: number): boolean {
  return year >= 1 && year <= 9999;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2024-02-30 and year 0000). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return inYearRange(year) && isRealDay(year, month, day);
}

/** The instant an RFC 3339 timestamp names, or null when it is not one (no zone, 30 February, 25:00). */
export function parseTimestamp(value: string): Date | null {
  const match = dateTimePattern.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [offsetHours, offsetMinutes] = [Number(match[8] ?? 0), Number(match[9] ?? 0)];
  if (!inYearRange(year) || !isRealDay(year, month, day)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function invalid(scalar: string, rule: string, value: unknown): GraphQLError {
  const shown = typeof value === "string" && value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return new GraphQLError(`${scalar} must be ${rule}; got ${JSON.stringify(shown) ?? String(shown)}.`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDate(value)) throw invalid("Date", "a calendar date written YYYY-MM-DD", value);
  return value;
}

/** A calendar date without time or zone (birth dates, expiry dates). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? parseTimestamp(value) : null;
  if (!date) throw invalid("DateTime", "an ISO 8601 timestamp with its zone, e.g. 2026-11-23T09:30:00Z", value);
  return date;
}

/** An instant, ISO 8601 with zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant in time, ISO 8601 with zone (e.g. 2026-11-23T09:30:00Z).",
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };
