import DataLoader from "dataloader";
import type { Maintenance } from "./maintenance.entity.ts";
import type { MaintenanceStore } from "./maintenance.store.ts";

/** Maintenance of many devices in one SQL statement, newest first. */
export function maintenanceByDeviceLoader(store: MaintenanceStore) {
  return new DataLoader<string, Maintenance[]>(async (deviceIds) => {
    const grouped = new Map<string, Maintenance[]>(deviceIds.map((id) => [id, []]));
    for (const maintenance of await store.findByDevices(deviceIds)) grouped.get(maintenance.deviceId)?.push(maintenance);
    return deviceIds.map((id) => grouped.get(id) ?? []);
  });
}
export type MaintenanceByDeviceLoader = ReturnType<typeof maintenanceByDeviceLoader>;

/** Maintenance by id, one SQL statement per batch (a downtime list names many windows). */
export function maintenanceLoader(store: MaintenanceStore) {
  return new DataLoader<string, Maintenance | null>(async (ids) => {
    const found = new Map((await store.findByIds(ids)).map((maintenance) => [maintenance.id, maintenance]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
export type MaintenanceLoader = ReturnType<typeof maintenanceLoader>;
