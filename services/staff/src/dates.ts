import { isCalendarDate } from "@gantry/subgraph-kit/scalars";
import { z } from "zod";

/** A calendar date argument, YYYY-MM-DD. */
export const calendarDate = z.string().refine(isCalendarDate, "must be a calendar date YYYY-MM-DD");

/** A date that has already happened on the department's calendar (or is today). */
export const pastOrToday = (today: () => string) => calendarDate.refine((value) => value <= today(), "must not be in the future");
