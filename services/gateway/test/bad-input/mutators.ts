/**
 * Kinds of bad value a person, a broken integration or an attacker sends, by the type of field
 * they land in. Each yields [what it is, the value].
 */
export type BadValue = readonly [label: string, value: unknown, alsoAccepted?: string];

/** Any free-text field, required or not: NUL (PostgreSQL refuses it), control characters, far too long. */
export const anyText: BadValue[] = [
  ["a NUL byte", "Ana\u0000Lopez"],
  ["a control character", "bell\u0007"],
  ["100,000 characters", "x".repeat(100_000)],
];

/** A text a person must give: the above, plus blank and invisible-only. */
export const requiredText: BadValue[] = [...anyText, ["only spaces", "   "], ["only zero-width spaces", "\u200B\u200B\u200C"]];

/** A person's name: must contain a letter, on one line. */
export const personName: BadValue[] = [...requiredText, ["digits only", "12345"], ["a line break", "Ana\nLopez"]];

export const calendarDate: BadValue[] = [
  ["29 February in a common year", "2001-02-29"],
  ["30 February", "2026-02-30"],
  ["year 0000", "0000-01-01"],
  ["a date typed the US way", "05/11/1957"],
  ["a timestamp", "2026-01-01T00:00:00Z"],
];

export const instant: BadValue[] = [
  ["a wall-clock time without zone", "2026-11-23T09:30:00"],
  ["30 February", "2026-02-30T10:00:00Z"],
  ["year 0000", "0000-01-01T00:00:00Z"],
  ["hour 24", "2026-11-23T24:00:00Z"],
  ["a date only", "2026-11-23"],
];

// A string that is no record id names no record: refusing it as NOT_FOUND is as right as BAD_USER_INPUT.
export const recordId: BadValue[] = [
  ["a number", "123", "NOT_FOUND"],
  ["SQL", "1' OR '1'='1", "NOT_FOUND"],
  ["a UUID with a NUL byte", "8d0f6a4e-3c55-4c8e-9a43-2f1f0e7b9a10\u0000", "NOT_FOUND"],
];

export const count: BadValue[] = [
  ["a negative number", -5],
  ["zero", 0],
  ["a fraction", 2.5],
  ["past 32 bits", 2 ** 31],
];

/** The bad values for a field, each as a case label and variables patch. */
export function badValues(path: string, values: BadValue[]): Array<{ label: string; path: string; value: unknown; codes: string[] }> {
  return values.map(([label, value, alsoAccepted]) => ({
    label: `${path}: ${label}`,
    path,
    value,
    codes: ["BAD_USER_INPUT", ...(alsoAccepted ? [alsoAccepted] : [])],
  }));
}
