import { phiField } from "@gantry/subgraph-kit/phi-access";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { phiRelation } from "../record-keeping/record-keeping.ts";
import type { PatientMerge } from "./patient-merge.entity.ts";

// The reason is free text about two people's records: PHI of both, so the read is logged for both.
const survivorReason = phiField<PatientMerge, string>(
  "mergeReason",
  (merge) => merge.survivorId,
  (merge) => merge.reason,
);

export const patientMergeResolvers: Resolvers = {
  Patient: {
    mergeHistory: phiRelation("mergeHistory", (patient, { patientMerges }) => patientMerges.forPatient(patient.id)),
  },
  PatientMerge: {
    survivor: (merge, _args, { patients }) => patients.getOrFail(merge.survivorId),
    duplicate: (merge, _args, { patients }) => patients.getOrFail(merge.duplicateId),
    reason: (merge, args, context) => {
      const reason = survivorReason(merge, args, context);
      context.phiReads.record(merge.duplicateId, "mergeReason");
      return reason;
    },
    mergedBy: (merge) => ({ subject: merge.mergedBySubject, name: merge.mergedByName }),
  },
};
