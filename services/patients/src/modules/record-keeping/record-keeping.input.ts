import { isCalendarDate } from "@gantry/subgraph-kit/scalars";
import { z } from "zod";

/** Validation rules shared by the records kept about a patient. */
export const requiredText = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const calendarDate = z.string().refine(isCalendarDate, "must be a calendar date YYYY-MM-DD");

/** Codes that other systems hand us (order ids, procedure codes, payer numbers): no spaces or markup. */
export const reference = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "may contain only letters, digits and . _ : / -");

export const period = z
  .object({ start: calendarDate.nullish(), end: calendarDate.nullish() })
  .refine((value) => !value.start || !value.end || value.end >= value.start, { message: "end must not be before start", path: ["end"] })
  .nullish();

/** An instant that has already happened (a signature, a receipt): clocks may differ a little, so allow a minute. */
export const pastInstant = z.date().refine((value) => value.getTime() <= Date.now() + 60_000, "must not be in the future");
