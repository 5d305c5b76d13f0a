import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { optionalActor } from "../record-keeping/record-keeping.ts";

export const priorStudyRequestResolvers: Resolvers = {
  Mutation: {
    requestPriorStudies: (_root, { input }, { priorStudyRequests }) => priorStudyRequests.request(input),
    markPriorStudiesReceived: (_root, { id, receivedAt, note }, { priorStudyRequests }) =>
      priorStudyRequests.markReceived(id, { receivedAt, note }),
    closePriorStudyRequest: (_root, { id, status, note }, { priorStudyRequests }) => priorStudyRequests.close(id, { status, note }),
  },
  Patient: {
    priorStudyRequests: (patient, _args, { priorStudyRequests }) => priorStudyRequests.forPatient(patient.id),
  },
  PriorStudyRequest: {
    patient: (request, _args, { patients }) => patients.getOrFail(request.patientId),
    studiesDescription: (request) => request.studiesDescription ?? null,
    status: (request) => toGraphQLEnum(request.status),
    requestedBy: (request) => ({ subject: request.requestedBySubject, name: request.requestedByName }),
    receivedAt: (request) => request.receivedAt ?? null,
    receivedBy: (request) => optionalActor(request.receivedBySubject, request.receivedByName),
    note: (request) => request.note ?? null,
  },
};
