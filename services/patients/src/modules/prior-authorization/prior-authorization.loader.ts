import DataLoader from "dataloader";
import { groupByPatient } from "../record-keeping/record-keeping.ts";
import type { PriorAuthorization } from "./prior-authorization.entity.ts";
import type { PriorAuthorizationStore } from "./prior-authorization.store.ts";

/** One query for the authorizations of every patient a request touches. */
export function priorAuthorizationLoaders(store: PriorAuthorizationStore) {
  return {
    byPatientId: new DataLoader<string, PriorAuthorization[]>(async (patientIds) => {
      return groupByPatient(patientIds, await store.findByPatientIds(patientIds));
    }),
  };
}
export type PriorAuthorizationLoaders = ReturnType<typeof priorAuthorizationLoaders>;
