import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { optionalText, pastInstant, requiredText } from "../record-keeping/record-keeping.input.ts";
import { priorStudyRequestStatuses } from "./prior-study-request.entity.ts";

export const requestPriorStudiesInput = z.object({
  patientId: z.string(),
  facility: requiredText(200),
  studiesDescription: optionalText(500),
});

export const receiptInput = z.object({ receivedAt: pastInstant.nullish(), note: optionalText(500) });

export const closingInput = z.object({
  status: fromGraphQLEnum(priorStudyRequestStatuses).refine(
    (status) => status === "cancelled" || status === "failed",
    "must be CANCELLED or FAILED",
  ),
  note: optionalText(500),
});
