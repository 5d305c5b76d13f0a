import DataLoader from "dataloader";
import { groupByPatient } from "../record-keeping/record-keeping.ts";
import type { Consent } from "./consent.entity.ts";
import type { ConsentStore } from "./consent.store.ts";

/** One query for the consents of every patient a request touches. */
export function consentLoaders(store: ConsentStore) {
  return {
    byPatientId: new DataLoader<string, Consent[]>(async (patientIds) => {
      return groupByPatient(patientIds, await store.findByPatientIds(patientIds));
    }),
  };
}
export type ConsentLoaders = ReturnType<typeof consentLoaders>;
