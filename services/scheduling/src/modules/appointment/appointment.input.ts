import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { boundedList, calendarDate, optionalText, recordId } from "@gantry/subgraph-kit/input-rules";
import { z } from "zod";
import { reasonText } from "../imaging-order/imaging-order.input.ts";

/** Reasons a person gives; `hold-expired` and `rescheduled` are written by Gantry itself. */
export const givenCancellationReasons = [
  "patient-request",
  "patient-unwell",
  "pregnancy",
  "equipment-down",
  "prep-incomplete",
  "no-iv-access",
  "claustrophobia",
  "insurance",
  "duplicate-order",
  "other",
] as const;

/** A booking may start a few minutes ago (a walk-in booked as it happens), never earlier. */
const pastSkewMs = 5 * 60_000;
const notInThePast = z.date().refine((value) => value.getTime() >= Date.now() - pastSkewMs, "must not be in the past");

export const override = z.object({ code: z.string().trim().min(1).max(40), reason: reasonText });

export const bookAppointmentInput = z.object({
  orderId: recordId,
  deviceId: recordId,
  technologistId: recordId.nullish(),
  startsAt: notInThePast,
  /** Books the slot this hold keeps (the same order, device and time). */
  holdId: recordId.nullish(),
  overbookReason: reasonText.nullish(),
  overrides: boundedList(override, 20).nullish(),
});
export type BookAppointmentInput = z.infer<typeof bookAppointmentInput>;

export const holdSlotInput = z.object({
  orderId: recordId,
  deviceId: recordId,
  technologistId: recordId.nullish(),
  startsAt: notInThePast,
  minutes: z.number().int().min(1).max(15).nullish(),
});

export const cancelAppointmentInput = z
  .object({ appointmentId: recordId, reason: fromGraphQLEnum(givenCancellationReasons), note: optionalText(500, { multiline: true }) })
  .refine((input) => input.reason !== "other" || Boolean(input.note), { message: "say why when the reason is other", path: ["note"] });

export const rescheduleAppointmentInput = z.object({
  appointmentId: recordId,
  startsAt: notInThePast,
  deviceId: recordId.nullish(),
  technologistId: recordId.nullish(),
  reason: reasonText,
  overrides: boundedList(override, 20).nullish(),
});

export const waitlistInput = z
  .object({ orderId: recordId, earliest: calendarDate, latest: calendarDate, note: optionalText(500, { multiline: true }) })
  .refine((input) => input.latest >= input.earliest, { message: "must not be before earliest", path: ["latest"] });

/** A period of appointments to read: at most 42 days, enough for a six-week calendar page. */
export const periodInput = z
  .object({ from: z.date(), to: z.date() })
  .refine((period) => period.to > period.from, { message: "must be after from", path: ["to"] })
  .refine((period) => period.to.getTime() - period.from.getTime() <= 42 * 86_400_000, { message: "at most 42 days", path: ["to"] });
