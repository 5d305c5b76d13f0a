import { defineEntity, p } from "@mikro-orm/core";

/** Credential kinds (Practitioner.qualification codes) the department tracks. */
export const credentialKinds = [
  "arrt-r",
  "arrt-ct",
  "arrt-mr",
  "arrt-m",
  "arrt-nm",
  "ardms-rdms",
  "ardms-rdcs",
  "ardms-rvt",
  "nmtcb",
  "bls",
  "state-license",
] as const;
export type CredentialKind = (typeof credentialKinds)[number];

export const verificationStatuses = ["unverified", "verified", "failed"] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

/** A certification or licence a staff member holds (FHIR Practitioner.qualification). */
export const CredentialSchema = defineEntity({
  name: "Credential",
  tableName: "credential",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    staffMemberId: p.uuid().index(),
    kind: p.enum([...credentialKinds]),
    number: p.string().length(40),
    issuer: p.string().length(120),
    issuedOn: p.date(),
    /** Last day the credential is valid. */
    expiresOn: p.date(),
    verification: p.enum([...verificationStatuses]).default("unverified"),
    verifiedBy: p.string().length(200).nullable(),
    verifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Credential extends CredentialSchema.class {}
CredentialSchema.setClass(Credential);
