import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { optionalActor } from "../record-keeping/record-keeping.ts";

export const consentResolvers: Resolvers = {
  Mutation: {
    recordConsent: (_root, { input }, { consents }) => consents.record(input),
    revokeConsent: (_root, { id, reason }, { consents }) => consents.revoke(id, reason),
  },
  Patient: {
    consents: (patient, _args, { consents }) => consents.forPatient(patient.id),
  },
  Consent: {
    patient: (consent, _args, { patients }) => patients.getOrFail(consent.patientId),
    kind: (consent) => toGraphQLEnum(consent.kind),
    status: (consent) => toGraphQLEnum(consent.status),
    orderReference: (consent) => consent.orderReference ?? null,
    signedAt: (consent) => consent.signedAt ?? null,
    signedBy: (consent) =>
      consent.signerName && consent.signerRelationship
        ? { name: consent.signerName, relationship: toGraphQLEnum(consent.signerRelationship) }
        : null,
    recordedBy: (consent) => ({ subject: consent.recordedBySubject, name: consent.recordedByName }),
    revokedAt: (consent) => consent.revokedAt ?? null,
    revokedBy: (consent) => optionalActor(consent.revokedBySubject, consent.revokedByName),
    revocationReason: (consent) => consent.revocationReason ?? null,
  },
};
