import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { optionalText, period, requiredText } from "../record-keeping/record-keeping.input.ts";
import { coverageStatuses, subscriberRelations, verificationOutcomes } from "./coverage.entity.ts";

const memberId = requiredText(50).regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "may contain only letters, digits, spaces and . / -");

export const addCoverageInput = z.object({
  patientId: z.string(),
  payer: requiredText(200),
  memberId,
  groupNumber: optionalText(50),
  plan: optionalText(200),
  subscriberRelation: fromGraphQLEnum(subscriberRelations),
  status: fromGraphQLEnum(coverageStatuses).nullish(),
  period,
});
export type AddCoverageInput = z.infer<typeof addCoverageInput>;

export const updateCoverageInput = z.object({
  payer: requiredText(200).optional(),
  memberId: memberId.optional(),
  groupNumber: optionalText(50).optional(),
  plan: optionalText(200).optional(),
  subscriberRelation: fromGraphQLEnum(subscriberRelations).optional(),
  status: fromGraphQLEnum(coverageStatuses).optional(),
  period: period.optional(),
});
export type UpdateCoverageInput = z.infer<typeof updateCoverageInput>;

export const verifyCoverageInput = z.object({
  outcome: fromGraphQLEnum(verificationOutcomes),
  note: optionalText(500),
});
