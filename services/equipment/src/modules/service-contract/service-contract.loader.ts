import DataLoader from "dataloader";
import type { ServiceContract } from "./service-contract.entity.ts";
import type { ServiceContractStore } from "./service-contract.store.ts";

/** Contracts of many devices in one SQL statement. */
export function contractsByDeviceLoader(store: ServiceContractStore) {
  return new DataLoader<string, ServiceContract[]>(async (deviceIds) => {
    const grouped = new Map<string, ServiceContract[]>(deviceIds.map((id) => [id, []]));
    for (const contract of await store.findByDevices(deviceIds)) grouped.get(contract.deviceId)?.push(contract);
    return deviceIds.map((id) => grouped.get(id) ?? []);
  });
}
export type ContractsByDeviceLoader = ReturnType<typeof contractsByDeviceLoader>;
