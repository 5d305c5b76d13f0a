import type { Resolvers } from "../../__generated__/resolvers-types.ts";

// No PHI guards here: the SDL declares them (PatientMerge is about both records, so each read is logged for both).
export const patientMergeResolvers: Resolvers = {
  Patient: {
    mergeHistory: (patient, _args, { patientMerges }) => patientMerges.forPatient(patient.id),
  },
  PatientMerge: {
    survivor: (merge, _args, { patients }) => patients.getOrFail(merge.survivorId),
    duplicate: (merge, _args, { patients }) => patients.getOrFail(merge.duplicateId),
    mergedBy: (merge) => ({ subject: merge.mergedBySubject, name: merge.mergedByName }),
  },
};
