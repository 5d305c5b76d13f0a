import DataLoader from "dataloader";
import type { Patient } from "./patient.entity.ts";
import type { PatientStore } from "./patient.store.ts";

/** Per-request batching: however many patients a query touches, one SQL statement per key kind. */
export function patientLoaders(store: PatientStore) {
  return {
    byId: new DataLoader<string, Patient | null>(async (ids) => {
      const found = new Map((await store.findByIds(ids)).map((patient) => [patient.id, patient]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byMrn: new DataLoader<string, Patient | null>(async (mrns) => {
      const found = new Map((await store.findByMrns(mrns)).map((patient) => [patient.mrn, patient]));
      return mrns.map((mrn) => found.get(mrn) ?? null);
    }),
  };
}
export type PatientLoaders = ReturnType<typeof patientLoaders>;
