import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { personName } from "@gantry/subgraph-kit/input-rules";
import { pastInstant, reference, requiredText } from "../record-keeping/record-keeping.input.ts";
import { consentKinds, consentStatuses, signerRelationships } from "./consent.entity.ts";

export const recordConsentInput = z
  .object({
    patientId: z.string(),
    kind: fromGraphQLEnum(consentKinds),
    status: fromGraphQLEnum(consentStatuses)
      .refine((status) => status !== "revoked", "a consent is recorded as DRAFT, ACTIVE or REJECTED; use revokeConsent to withdraw one")
      .nullish(),
    orderReference: reference(64).nullish(),
    signedAt: pastInstant.nullish(),
    signedBy: z.object({ name: personName(200), relationship: fromGraphQLEnum(signerRelationships) }).nullish(),
  })
  .superRefine((consent, context) => {
    if ((consent.status ?? "active") === "draft") return;
    if (!consent.signedAt)
      context.addIssue({ code: "custom", path: ["signedAt"], message: "a signed or refused consent needs the time of signing" });
    if (!consent.signedBy)
      context.addIssue({ code: "custom", path: ["signedBy"], message: "a signed or refused consent needs who signed" });
  });
export type RecordConsentInput = z.infer<typeof recordConsentInput>;

export const revocationReason = requiredText(500);
