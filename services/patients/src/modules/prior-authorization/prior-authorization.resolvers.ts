import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { optionalActor } from "../record-keeping/record-keeping.ts";

export const priorAuthorizationResolvers: Resolvers = {
  Query: {
    priorAuthorizationCheck: (_root, { patientId, procedureCode, on }, { priorAuthorizations }) =>
      priorAuthorizations.check(patientId, { procedureCode, on }),
  },
  Mutation: {
    requestPriorAuthorization: (_root, { input }, { priorAuthorizations }) => priorAuthorizations.request(input),
    recordPriorAuthorizationDecision: (_root, { id, input }, { priorAuthorizations }) => priorAuthorizations.recordDecision(id, input),
  },
  Patient: {
    priorAuthorizations: (patient, _args, { priorAuthorizations }) => priorAuthorizations.forPatient(patient.id),
    approvedPriorAuthorization: (patient, args, { priorAuthorizations }) => priorAuthorizations.approvedFor(patient.id, args),
  },
  PriorAuthorization: {
    patient: (authorization, _args, { patients }) => patients.getOrFail(authorization.patientId),
    payerReference: (authorization) => authorization.payerReference ?? null,
    status: (authorization) => toGraphQLEnum(authorization.status),
    validFrom: (authorization) => authorization.validFrom ?? null,
    validUntil: (authorization) => authorization.validUntil ?? null,
    decisionNote: (authorization) => authorization.decisionNote ?? null,
    decidedAt: (authorization) => authorization.decidedAt ?? null,
    requestedBy: (authorization) => ({ subject: authorization.requestedBySubject, name: authorization.requestedByName }),
    decidedBy: (authorization) => optionalActor(authorization.decidedBySubject, authorization.decidedByName),
  },
};
