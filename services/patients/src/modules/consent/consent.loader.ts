import DataLoader from "dataloader";
import type { Consent } from "./consent.entity.ts";
import type { ConsentStore } from "./consent.store.ts";

/** One query for the consents of every patient a request touches. */
export function consentLoaders(store: ConsentStore) {
  return {
    byPatientId: new DataLoader<string, Consent[]>(async (patientIds) => {
      const rows = await store.findByPatientIds(patientIds);
      return patientIds.map((patientId) => rows.filter((row) => row.patientId === patientId));
    }),
  };
}
export type ConsentLoaders = ReturnType<typeof consentLoaders>;
