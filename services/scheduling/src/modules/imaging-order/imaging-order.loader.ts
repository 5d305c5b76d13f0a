import { groupedBy } from "@gantry/subgraph-kit/loaders-by-arguments";
import DataLoader from "dataloader";
import type { ImagingOrder } from "./imaging-order.entity.ts";
import type { ImagingOrderStore } from "./imaging-order.store.ts";

/** Orders by id and by patient, one SQL statement per batch (an appointment list names many orders). */
export function imagingOrderLoaders(store: ImagingOrderStore) {
  return {
    byId: new DataLoader<string, ImagingOrder | null>(async (ids) => {
      const found = new Map((await store.byIds(ids)).map((order) => [order.id, order]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byPatient: new DataLoader<string, ImagingOrder[]>(async (patientIds) =>
      groupedBy(patientIds, await store.byPatients(patientIds), (order) => order.patientId),
    ),
  };
}
export type ImagingOrderLoaders = ReturnType<typeof imagingOrderLoaders>;
