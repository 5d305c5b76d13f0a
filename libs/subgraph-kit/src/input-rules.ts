import { z } from "zod";
import { isCalendarDate } from "./scalars.ts";

/**
 * The department's shared input vocabulary. Every area builds its mutation rules from these, so
 * that a text, an id, a date or a list means the same thing everywhere and bad input is refused
 * the same way before anything reaches the database.
 */

// C0 and C1 control characters (NUL among them, which PostgreSQL refuses in text), except tab and
// line breaks, which multi-line notes may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const lineBreak = /[\r\n\u2028\u2029]/;
// Spaces and invisible format characters (zero-width space, BOM) at either end are not part of what was meant.
const invisibleEdges = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;
// Something a reader can see: a letter, digit, punctuation mark or symbol.
const visibleCharacter = /[\p{L}\p{N}\p{P}\p{S}]/u;
const letter = /\p{L}/u;

/** Trims spaces and invisible characters at the ends, and composes accents the same way however they were typed. */
export function tidyText(value: string): string {
  return value.normalize("NFC").replace(invisibleEdges, "");
}

export interface TextOptions {
  /** Notes and comments may span lines; names and codes may not. */
  multiline?: boolean;
}

function freeText(max: number, options: TextOptions) {
  return z
    .string()
    .refine((value) => !controlCharacter.test(value), "must not contain control characters")
    .refine((value) => options.multiline === true || !lineBreak.test(value), "must be on one line")
    .overwrite(tidyText)
    .max(max, `must be at most ${max} characters`);
}

/** Text a person must give: at least one visible character once trimmed. */
export function requiredText(max: number, options: TextOptions = {}) {
  return freeText(max, options).refine((value) => visibleCharacter.test(value), "must not be empty");
}

/**
 * Text a person may leave out: null and blank mean "none" (null); absent stays absent, so an
 * update that does not mention the field leaves it as it is.
 */
export function optionalText(max: number, options: TextOptions = {}) {
  return freeText(max, options)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value && visibleCharacter.test(value) ? value : null));
}

/** A person's name (or a part of one): must contain a letter. */
export function personName(max: number) {
  return requiredText(max).refine((value) => letter.test(value), "must contain a letter");
}

/** A record id: a UUID. Anything else cannot name a record, and must not reach a uuid column. */
export const recordId = z.uuid("must be a record id (a UUID)");

export function isRecordId(value: string): boolean {
  return recordId.safeParse(value).success;
}

/** A calendar date YYYY-MM-DD that exists (no 30 February, no year 0). */
export const calendarDate = z.string().refine(isCalendarDate, "must be a calendar date YYYY-MM-DD");

/** A calendar date that has happened, or is today on the department's calendar. */
export function pastOrToday(today: () => string) {
  return calendarDate.refine((value) => value <= today(), "must not be in the future");
}

/** An instant that has already happened; workstation clocks may run a little ahead of the server's. */
export function pastInstant(allowedSkewMs = 5 * 60_000) {
  return z.date().refine((value) => value.getTime() <= Date.now() + allowedSkewMs, "must not be in the future");
}

/** Codes that other systems hand us (order ids, procedure codes, payer numbers): no spaces or markup. */
export function reference(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "may contain only letters, digits and . _ : / -");
}

/** A list with an upper bound; repeated entries are kept once. */
export function boundedList<Item extends z.ZodType>(item: Item, max: number) {
  return z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .transform((values) => [...new Set(values)] as z.infer<Item>[]);
}
