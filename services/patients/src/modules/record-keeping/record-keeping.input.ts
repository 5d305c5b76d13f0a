import { calendarDate, pastInstant as pastInstantWithin } from "@gantry/subgraph-kit/input-rules";
import { z } from "zod";

/** Validation rules shared by the records kept about a patient; the general ones come from the kit. */
export { calendarDate, optionalText, reference, requiredText } from "@gantry/subgraph-kit/input-rules";

export const period = z
  .object({ start: calendarDate.nullish(), end: calendarDate.nullish() })
  .refine((value) => !value.start || !value.end || value.end >= value.start, { message: "end must not be before start", path: ["end"] })
  .nullish();

/** An instant that has already happened (a signature, a receipt): clocks may differ a little, so allow a minute. */
export const pastInstant = pastInstantWithin(60_000);
