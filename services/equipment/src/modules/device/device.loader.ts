import DataLoader from "dataloader";
import type { Device } from "./device.entity.ts";
import type { DeviceStore } from "./device.store.ts";

/** Per-request batching: however many devices a query (or the gateway) asks for, one SQL statement. */
export function deviceLoader(store: DeviceStore) {
  return new DataLoader<string, Device | null>(async (ids) => {
    const found = new Map((await store.findByIds(ids)).map((device) => [device.id, device]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
export type DeviceLoader = ReturnType<typeof deviceLoader>;
