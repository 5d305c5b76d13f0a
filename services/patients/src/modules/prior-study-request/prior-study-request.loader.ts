import DataLoader from "dataloader";
import { groupByPatient } from "../record-keeping/record-keeping.ts";
import type { PriorStudyRequest } from "./prior-study-request.entity.ts";
import type { PriorStudyRequestStore } from "./prior-study-request.store.ts";

/** One query for the prior-study requests of every patient a request touches. */
export function priorStudyRequestLoaders(store: PriorStudyRequestStore) {
  return {
    byPatientId: new DataLoader<string, PriorStudyRequest[]>(async (patientIds) => {
      return groupByPatient(patientIds, await store.findByPatientIds(patientIds));
    }),
  };
}
export type PriorStudyRequestLoaders = ReturnType<typeof priorStudyRequestLoaders>;
