import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { boundedList, calendarDate, optionalText, recordId, requiredText } from "@gantry/subgraph-kit/input-rules";
import { modality } from "@gantry/subgraph-kit/modality";
import { z } from "zod";
import { distributionChannels, patientIdentifiers, reportStatuses } from "../appointment/appointment.entity.ts";
import { override } from "../appointment/appointment.input.ts";
import { reasonText } from "../imaging-order/imaging-order.input.ts";

export const checkInInput = z.object({
  appointmentId: recordId,
  identifiers: boundedList(fromGraphQLEnum(patientIdentifiers), 5).refine((list) => new Set(list).size >= 2, {
    message: "confirm the patient's identity with at least two different identifiers",
  }),
  screeningReviewed: z.literal(true, { error: "review the safety screening with the patient before check-in" }),
  consentReviewed: z.literal(true, { error: "review the consent with the patient before check-in" }),
});

export const startExamInput = z.object({
  appointmentId: recordId,
  technologistId: recordId.nullish(),
  overrides: boundedList(override, 20).nullish(),
});

export const completeExamInput = z.object({ appointmentId: recordId, notes: optionalText(2000, { multiline: true }) });
export const discontinueExamInput = z.object({ appointmentId: recordId, reason: reasonText });
export const leftWithoutBeingSeenInput = z.object({ appointmentId: recordId, note: optionalText(500, { multiline: true }) });

export const recordReportInput = z
  .object({ appointmentId: recordId, status: fromGraphQLEnum(reportStatuses), addendum: z.boolean().nullish() })
  .refine((input) => !input.addendum || input.status === "final", { message: "an addendum amends a final report", path: ["addendum"] });

export const recordReportDistributionInput = z.object({
  appointmentId: recordId,
  via: fromGraphQLEnum(distributionChannels),
  to: requiredText(200),
});

export const worklistInput = z.object({
  day: calendarDate,
  deviceId: recordId.nullish(),
  technologistId: recordId.nullish(),
  modality: modality.nullish(),
  includeClosed: z.boolean().nullish(),
});
export type WorklistQuery = z.infer<typeof worklistInput>;

export const recordContrastGivenInput = z.object({
  appointmentId: recordId,
  lotId: recordId,
  quantity: z.number().int("a whole number of units").min(1, "at least one unit").max(100, "at most 100 units for one exam"),
  agent: optionalText(200),
});

export const recordAdministeredActivityInput = z.object({
  appointmentId: recordId,
  radiopharmaceutical: requiredText(100),
  activityMBq: z.number().positive("must be more than 0 MBq").max(20_000, "at most 20,000 MBq"),
  administeredAt: z.date().nullish(),
});
