import DataLoader from "dataloader";
import { groupByPatient } from "../record-keeping/record-keeping.ts";
import type { Coverage } from "./coverage.entity.ts";
import type { CoverageStore } from "./coverage.store.ts";

/** One query for the coverages of every patient a request touches. */
export function coverageLoaders(store: CoverageStore) {
  return {
    byPatientId: new DataLoader<string, Coverage[]>(async (patientIds) => {
      return groupByPatient(patientIds, await store.findByPatientIds(patientIds));
    }),
  };
}
export type CoverageLoaders = ReturnType<typeof coverageLoaders>;
