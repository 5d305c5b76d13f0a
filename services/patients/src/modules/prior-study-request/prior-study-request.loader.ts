import DataLoader from "dataloader";
import type { PriorStudyRequest } from "./prior-study-request.entity.ts";
import type { PriorStudyRequestStore } from "./prior-study-request.store.ts";

/** One query for the prior-study requests of every patient a request touches. */
export function priorStudyRequestLoaders(store: PriorStudyRequestStore) {
  return {
    byPatientId: new DataLoader<string, PriorStudyRequest[]>(async (patientIds) => {
      const rows = await store.findByPatientIds(patientIds);
      return patientIds.map((patientId) => rows.filter((row) => row.patientId === patientId));
    }),
  };
}
export type PriorStudyRequestLoaders = ReturnType<typeof priorStudyRequestLoaders>;
