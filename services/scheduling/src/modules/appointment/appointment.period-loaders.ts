import DataLoader from "dataloader";
import type { Appointment } from "./appointment.entity.ts";
import type { AppointmentStore } from "./appointment.store.ts";

/**
 * Loaders for one period at a time: a week view of 20 devices asks each device for the same
 * [from, to), and they share one statement. A loader per distinct period, kept for the request.
 */
export function periodLoaders(store: AppointmentStore) {
  const cache = new Map<string, unknown>();
  function forPeriod<TValue>(
    kind: string,
    from: Date,
    to: Date,
    load: (ids: readonly string[]) => Promise<TValue[]>,
  ): DataLoader<string, TValue> {
    const key = `${kind}|${from.toISOString()}|${to.toISOString()}`;
    let loader = cache.get(key) as DataLoader<string, TValue> | undefined;
    if (!loader) {
      loader = new DataLoader<string, TValue>(load);
      cache.set(key, loader);
    }
    return loader;
  }
  const groupBy = (ids: readonly string[], rows: Appointment[], keyOf: (row: Appointment) => string | null) => {
    const byKey = new Map<string, Appointment[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const key = keyOf(row);
      if (key) byKey.get(key)?.push(row);
    }
    return ids.map((id) => byKey.get(id) ?? []);
  };
  return {
    onDevice: (from: Date, to: Date) =>
      forPeriod("device", from, to, async (ids) => groupBy(ids, await store.onDevices(ids, from, to), (row) => row.deviceId)),
    onTechnologist: (from: Date, to: Date) =>
      forPeriod("technologist", from, to, async (ids) =>
        groupBy(ids, await store.onTechnologists(ids, from, to), (row) => row.technologistId ?? null),
      ),
    bookedMinutes: (from: Date, to: Date) =>
      forPeriod("minutes", from, to, async (ids) => {
        const minutes = await store.bookedMinutes(ids, from, to);
        return ids.map((id) => minutes.get(id) ?? 0);
      }),
  };
}
export type PeriodLoaders = ReturnType<typeof periodLoaders>;
