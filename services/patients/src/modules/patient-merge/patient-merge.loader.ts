import DataLoader from "dataloader";
import type { PatientMerge } from "./patient-merge.entity.ts";
import type { PatientMergeStore } from "./patient-merge.store.ts";

export function patientMergeLoaders(store: PatientMergeStore) {
  return {
    byPatientId: new DataLoader<string, PatientMerge[]>(async (patientIds) => {
      const rows = await store.findByPatientIds(patientIds);
      return patientIds.map((patientId) => rows.filter((row) => row.survivorId === patientId || row.duplicateId === patientId));
    }),
  };
}
export type PatientMergeLoaders = ReturnType<typeof patientMergeLoaders>;
