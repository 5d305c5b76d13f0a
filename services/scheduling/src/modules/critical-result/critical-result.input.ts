import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { optionalText, recordId, requiredText } from "@gantry/subgraph-kit/input-rules";
import { z } from "zod";
import { communicationChannels, findingUrgencies } from "./critical-result.entity.ts";

export const recordCriticalFindingInput = z.object({
  appointmentId: recordId,
  category: requiredText(200),
  description: optionalText(2000, { multiline: true }),
  urgency: fromGraphQLEnum(findingUrgencies),
});

export const recordFindingCommunicationInput = z.object({
  findingId: recordId,
  to: requiredText(200),
  via: fromGraphQLEnum(communicationChannels),
  readBackConfirmed: z.literal(true, { error: "the loop closes only when the person told has read the finding back" }),
});

export const criticalResultLimitInput = z.object({
  urgency: fromGraphQLEnum(findingUrgencies),
  minutes: z.number().int().min(1, "at least one minute").max(43_200, "at most 30 days"),
});

export const openFindingsQuery = z.object({ overdueOnly: z.boolean().nullish(), asOf: z.date().nullish() });
