import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { phiRelation } from "../record-keeping/record-keeping.ts";

export const patientMergeResolvers: Resolvers = {
  Patient: {
    mergeHistory: phiRelation("mergeHistory", (patient, { patientMerges }) => patientMerges.forPatient(patient.id)),
  },
  PatientMerge: {
    survivor: (merge, _args, { patients }) => patients.getOrFail(merge.survivorId),
    duplicate: (merge, _args, { patients }) => patients.getOrFail(merge.duplicateId),
    mergedBy: (merge) => ({ subject: merge.mergedBySubject, name: merge.mergedByName }),
  },
};
