import { DataloaderUtils } from "@mikro-orm/core/dataloader";
import type { Procedure, ProcedureDuration } from "./procedure.entity.ts";
import type { ProcedureStore } from "./procedure.store.ts";

/** The part of DataLoader this module uses. */
export interface Loader<Key, Value> {
  load(key: Key): Promise<Value>;
  clear(key: Key): this;
  prime(key: Key, value: Value): this;
}
type LoaderClass = new <Key, Value>(batch: (keys: readonly Key[]) => Promise<Value[]>) => Loader<Key, Value>;

// services/scheduling/package.json does not list `dataloader` (the other areas do), so importing it
// here would not resolve. MikroORM has it as a peer, at the catalogue's version, and hands out the
// class; once the package lists it, `import DataLoader from "dataloader"` replaces these lines.
const DataLoader = (await DataloaderUtils.getDataLoader()) as unknown as LoaderClass;

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
