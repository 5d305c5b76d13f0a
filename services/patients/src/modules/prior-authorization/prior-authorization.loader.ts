import DataLoader from "dataloader";
import type { PriorAuthorization } from "./prior-authorization.entity.ts";
import type { PriorAuthorizationStore } from "./prior-authorization.store.ts";

/** One query for the authorizations of every patient a request touches. */
export function priorAuthorizationLoaders(store: PriorAuthorizationStore) {
  return {
    byPatientId: new DataLoader<string, PriorAuthorization[]>(async (patientIds) => {
      const rows = await store.findByPatientIds(patientIds);
      return patientIds.map((patientId) => rows.filter((row) => row.patientId === patientId));
    }),
  };
}
export type PriorAuthorizationLoaders = ReturnType<typeof priorAuthorizationLoaders>;
