import DataLoader from "dataloader";
import type { Procedure, ProcedureDuration } from "./procedure.entity.ts";
import type { ProcedureStore } from "./procedure.store.ts";

/** Per-request batching: however many procedures (or their durations) a query asks for, one SQL statement. */
export function procedureLoaders(store: ProcedureStore) {
  return {
    byId: new DataLoader<string, Procedure | null>(async (ids) => {
      const found = new Map((await store.findByIds(ids)).map((procedure) => [procedure.id, procedure]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    durations: new DataLoader<string, ProcedureDuration[]>(async (procedureIds) => {
      const grouped = new Map<string, ProcedureDuration[]>(procedureIds.map((id) => [id, []]));
      for (const duration of await store.durationsOf(procedureIds)) grouped.get(duration.procedureId)?.push(duration);
      return procedureIds.map((id) => grouped.get(id) ?? []);
    }),
  };
}
export type ProcedureLoaders = ReturnType<typeof procedureLoaders>;
