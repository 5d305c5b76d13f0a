import DataLoader from "dataloader";
import { groupByPatient } from "../record-keeping/record-keeping.ts";
import type { SafetyScreening } from "./safety-screening.entity.ts";
import type { SafetyScreeningStore } from "./safety-screening.store.ts";

/** One query for the screenings of every patient a request touches (a worklist shows many). */
export function safetyScreeningLoaders(store: SafetyScreeningStore) {
  return {
    byPatientId: new DataLoader<string, SafetyScreening[]>(async (patientIds) => {
      return groupByPatient(patientIds, await store.findByPatientIds(patientIds));
    }),
  };
}
export type SafetyScreeningLoaders = ReturnType<typeof safetyScreeningLoaders>;
