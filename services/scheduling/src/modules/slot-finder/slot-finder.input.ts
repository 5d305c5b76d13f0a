import { calendarDate, recordId } from "@gantry/subgraph-kit/input-rules";
import { daysBetween } from "@gantry/calendar/calendar";
import { z } from "zod";
import { priority } from "../imaging-order/imaging-order.input.ts";

/** At most four weeks per search: one staff question carries one alias per day, and the gateway caps aliases at 30. */
export const longestSearchDays = 28;

export const slotSearchInput = z
  .object({ orderId: recordId, deviceId: recordId.nullish(), from: calendarDate, to: calendarDate })
  .refine((search) => search.to >= search.from, { message: "must not be before from", path: ["to"] })
  .refine((search) => daysBetween(search.from, search.to) < longestSearchDays, {
    message: `a search covers at most ${longestSearchDays} days`,
    path: ["to"],
  });

export const nextAvailableInput = z.object({ procedureId: recordId, priority, from: calendarDate });
export const firstInput = z.number().int().min(1).max(200);
