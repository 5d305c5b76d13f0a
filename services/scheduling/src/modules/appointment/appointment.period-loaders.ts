import { groupedBy, loadersByArguments } from "@gantry/subgraph-kit/loaders-by-arguments";
import type { AppointmentStore } from "./appointment.store.ts";

/**
 * Loaders for one period at a time: a week view of 20 devices asks each device for the same
 * [from, to), and they share one statement.
 */
export function periodLoaders(store: AppointmentStore) {
  const loaderFor = loadersByArguments();
  const period = (kind: string, from: Date, to: Date) => `${kind}|${from.toISOString()}|${to.toISOString()}`;
  return {
    onDevice: (from: Date, to: Date) =>
      loaderFor(period("device", from, to), async (ids) => groupedBy(ids, await store.onDevices(ids, from, to), (row) => row.deviceId)),
    onTechnologist: (from: Date, to: Date) =>
      loaderFor(period("technologist", from, to), async (ids) =>
        groupedBy(ids, await store.onTechnologists(ids, from, to), (row) => row.technologistId),
      ),
    bookedMinutes: (from: Date, to: Date) =>
      loaderFor(period("minutes", from, to), async (ids) => {
        const minutes = await store.bookedMinutes(ids, from, to);
        return ids.map((id) => minutes.get(id) ?? 0);
      }),
  };
}
export type PeriodLoaders = ReturnType<typeof periodLoaders>;
