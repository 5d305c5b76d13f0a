import { defineEntity, p } from "@mikro-orm/core";

export const coverageStatuses = ["active", "cancelled", "draft", "entered-in-error"] as const;
export const subscriberRelations = ["self", "spouse", "child", "other"] as const;
export const verificationOutcomes = ["eligible", "not-eligible", "could-not-verify"] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

/** A patient's insurance (FHIR Coverage), with the front desk's last eligibility check. */
export const CoverageSchema = defineEntity({
  name: "Coverage",
  tableName: "coverage",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    patientId: p.uuid().index(),
    payer: p.string().length(200),
    memberId: p.string().length(50),
    groupNumber: p.string().length(50).nullable(),
    plan: p.string().length(200).nullable(),
    subscriberRelation: p.enum([...subscriberRelations]),
    status: p.enum([...coverageStatuses]),
    periodStart: p.date().nullable(),
    periodEnd: p.date().nullable(),
    verificationOutcome: p.enum([...verificationOutcomes]).nullable(),
    verificationNote: p.string().length(500).nullable(),
    verifiedAt: p.datetime().nullable(),
    verifiedBySubject: p.string().length(200).nullable(),
    verifiedByName: p.string().length(200).nullable(),
    recordedBySubject: p.string().length(200),
    recordedByName: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Coverage extends CoverageSchema.class {}
CoverageSchema.setClass(Coverage);
