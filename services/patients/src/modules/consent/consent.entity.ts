import { defineEntity, p } from "@mikro-orm/core";

export const consentKinds = ["procedure", "contrast", "privacy-notice"] as const;
export const consentStatuses = ["draft", "active", "rejected", "revoked"] as const;
export const signerRelationships = ["self", "parent", "guardian", "healthcare-proxy", "other"] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/** A signed (or refused) consent (FHIR Consent): who signed, when, who took it down. */
export const ConsentSchema = defineEntity({
  name: "Consent",
  tableName: "consent",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    patientId: p.uuid().index(),
    kind: p.enum([...consentKinds]),
    status: p.enum([...consentStatuses]),
    orderReference: p.string().length(64).nullable(),
    signedAt: p.datetime().nullable(),
    signerName: p.string().length(200).nullable(),
    signerRelationship: p.enum([...signerRelationships]).nullable(),
    recordedAt: p.datetime(),
    recordedBySubject: p.string().length(200),
    recordedByName: p.string().length(200),
    revokedAt: p.datetime().nullable(),
    revokedBySubject: p.string().length(200).nullable(),
    revokedByName: p.string().length(200).nullable(),
    revocationReason: p.string().length(500).nullable(),
  },
});

export class Consent extends ConsentSchema.class {}
ConsentSchema.setClass(Consent);
