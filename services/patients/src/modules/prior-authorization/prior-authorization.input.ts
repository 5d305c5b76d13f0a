import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { calendarDate, optionalText, reference } from "../record-keeping/record-keeping.input.ts";
import { priorAuthorizationStatuses } from "./prior-authorization.entity.ts";

export const procedureCode = reference(20);

export const requestPriorAuthorizationInput = z.object({
  patientId: z.string(),
  orderReference: reference(64),
  procedureCode,
  payerReference: reference(50).nullish(),
});
export type RequestPriorAuthorizationInput = z.infer<typeof requestPriorAuthorizationInput>;

export const priorAuthorizationDecisionInput = z
  .object({
    status: fromGraphQLEnum(priorAuthorizationStatuses).refine(
      (status) => status !== "requested",
      "a decision is APPROVED, DENIED or EXPIRED",
    ),
    payerReference: reference(50).nullish(),
    validFrom: calendarDate.nullish(),
    validUntil: calendarDate.nullish(),
    note: optionalText(500),
  })
  .superRefine((decision, context) => {
    if (decision.status !== "approved") return;
    if (!decision.validFrom) context.addIssue({ code: "custom", path: ["validFrom"], message: "an approval needs the first valid day" });
    if (!decision.validUntil) context.addIssue({ code: "custom", path: ["validUntil"], message: "an approval needs the last valid day" });
    if (decision.validFrom && decision.validUntil && decision.validUntil < decision.validFrom) {
      context.addIssue({ code: "custom", path: ["validUntil"], message: "must not be before validFrom" });
    }
  });
export type PriorAuthorizationDecisionInput = z.infer<typeof priorAuthorizationDecisionInput>;

export const priorAuthorizationQuestion = z.object({ procedureCode, on: calendarDate });
