import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { CoverageStatus, CoverageVerificationOutcome, Resolvers } from "../../__generated__/resolvers-types.ts";
import { optionalActor } from "../record-keeping/record-keeping.ts";

export const coverageResolvers: Resolvers = {
  Mutation: {
    addCoverage: (_root, { input }, { coverages }) => coverages.add(input),
    updateCoverage: (_root, { id, input }, { coverages }) => coverages.update(id, input),
    verifyCoverage: (_root, { id, outcome, note }, { coverages }) => coverages.verify(id, outcome, note),
  },
  Patient: {
    coverages: (patient, _args, { coverages }) => coverages.forPatient(patient.id),
  },
  Coverage: {
    patient: (coverage, _args, { patients }) => patients.getOrFail(coverage.patientId),
    subscriberRelation: (coverage) => toGraphQLEnum(coverage.subscriberRelation),
    status: (coverage) => toGraphQLEnum(coverage.status) as CoverageStatus,
    period: (coverage) =>
      coverage.periodStart || coverage.periodEnd ? { start: coverage.periodStart ?? null, end: coverage.periodEnd ?? null } : null,
    verificationOutcome: (coverage) =>
      coverage.verificationOutcome ? (toGraphQLEnum(coverage.verificationOutcome) as CoverageVerificationOutcome) : null,
    verificationNote: (coverage) => coverage.verificationNote ?? null,
    verifiedAt: (coverage) => coverage.verifiedAt ?? null,
    verifiedBy: (coverage) => optionalActor(coverage.verifiedBySubject, coverage.verifiedByName),
    recordedBy: (coverage) => ({ subject: coverage.recordedBySubject, name: coverage.recordedByName }),
  },
};
