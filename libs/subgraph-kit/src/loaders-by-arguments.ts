import DataLoader from "dataloader";

/**
 * DataLoaders for a field with arguments: 20 devices each asked for `appointments(from, to)` with
 * the same period share one batch (one SQL statement), a different period gets its own. One per
 * request, like every loader.
 */
export function loadersByArguments() {
  const loaders = new Map<string, unknown>();
  return function loaderFor<TValue>(key: string, batch: (ids: readonly string[]) => Promise<TValue[]>): DataLoader<string, TValue> {
    let loader = loaders.get(key) as DataLoader<string, TValue> | undefined;
    if (!loader) {
      loader = new DataLoader<string, TValue>(batch);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** Rows sorted into one list per requested id, in request order. */
export function groupedBy<TRow>(ids: readonly string[], rows: readonly TRow[], keyOf: (row: TRow) => string | null | undefined): TRow[][] {
  const byKey = new Map<string, TRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key) byKey.get(key)?.push(row);
  }
  return ids.map((id) => byKey.get(id) ?? []);
}
