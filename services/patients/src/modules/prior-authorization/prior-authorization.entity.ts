import { defineEntity, p } from "@mikro-orm/core";

export const priorAuthorizationStatuses = ["requested", "approved", "denied", "expired"] as const;
export type PriorAuthorizationStatus = (typeof priorAuthorizationStatuses)[number];

/** The payer's permission to perform one ordered procedure, valid for a window of days. */
export const PriorAuthorizationSchema = defineEntity({
  name: "PriorAuthorization",
  tableName: "prior_authorization",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    patientId: p.uuid().index(),
    /** Scheduling's order id or accession number; scheduling owns the order itself. */
    orderReference: p.string().length(64),
    procedureCode: p.string().length(20),
    payerReference: p.string().length(50).nullable(),
    status: p.enum([...priorAuthorizationStatuses]),
    validFrom: p.date().nullable(),
    validUntil: p.date().nullable(),
    decisionNote: p.string().length(500).nullable(),
    requestedAt: p.datetime(),
    requestedBySubject: p.string().length(200),
    requestedByName: p.string().length(200),
    decidedAt: p.datetime().nullable(),
    decidedBySubject: p.string().length(200).nullable(),
    decidedByName: p.string().length(200).nullable(),
  },
});

export class PriorAuthorization extends PriorAuthorizationSchema.class {}
PriorAuthorizationSchema.setClass(PriorAuthorization);
