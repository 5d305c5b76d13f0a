import DataLoader from "dataloader";
import type { SafetyScreening } from "./safety-screening.entity.ts";
import type { SafetyScreeningStore } from "./safety-screening.store.ts";

/** One query for the screenings of every patient a request touches (a worklist shows many). */
export function safetyScreeningLoaders(store: SafetyScreeningStore) {
  return {
    byPatientId: new DataLoader<string, SafetyScreening[]>(async (patientIds) => {
      const rows = await store.findByPatientIds(patientIds);
      return patientIds.map((patientId) => rows.filter((row) => row.patientId === patientId));
    }),
  };
}
export type SafetyScreeningLoaders = ReturnType<typeof safetyScreeningLoaders>;
