import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { deviceLoader } from "./modules/device/device.loader.ts";
import { DeviceManager } from "./modules/device/device.manager.ts";
import { DeviceStore } from "./modules/device/device.store.ts";
import { DowntimeManager } from "./modules/downtime/downtime.manager.ts";
import { DowntimeStore } from "./modules/downtime/downtime.store.ts";
import { inventoryItemLoader, itemOnHandLoader } from "./modules/inventory-item/inventory-item.loader.ts";
import { InventoryItemManager } from "./modules/inventory-item/inventory-item.manager.ts";
import { InventoryItemStore } from "./modules/inventory-item/inventory-item.store.ts";
import { maintenanceByDeviceLoader, maintenanceLoader } from "./modules/maintenance/maintenance.loader.ts";
import { MaintenanceManager } from "./modules/maintenance/maintenance.manager.ts";
import { MaintenanceStore } from "./modules/maintenance/maintenance.store.ts";
import { probeHistoryLoader } from "./modules/probe/probe.loader.ts";
import { ProbeManager } from "./modules/probe/probe.manager.ts";
import { ProbeStore } from "./modules/probe/probe.store.ts";
import { contractsByDeviceLoader } from "./modules/service-contract/service-contract.loader.ts";
import { ServiceContractManager } from "./modules/service-contract/service-contract.manager.ts";
import { ServiceContractStore } from "./modules/service-contract/service-contract.store.ts";
import { lotLoader, lotOnHandLoader, lotsByItemLoader } from "./modules/stock/stock.loader.ts";
import { StockManager } from "./modules/stock/stock.manager.ts";
import { StockStore } from "./modules/stock/stock.store.ts";

/** The equipment subgraph's request context: the kit's base plus this area's managers. */
export interface EquipmentContext extends SubgraphContext {
  devices: DeviceManager;
  downtime: DowntimeManager;
  maintenance: MaintenanceManager;
  contracts: ServiceContractManager;
  items: InventoryItemManager;
  stock: StockManager;
  probes: ProbeManager;
}

export function equipmentContext(base: SubgraphContext): EquipmentContext {
  const deviceStore = new DeviceStore(base.em);
  const devices = new DeviceManager(base, deviceStore, deviceLoader(deviceStore));
  const maintenanceStore = new MaintenanceStore(base.em);
  const contractStore = new ServiceContractStore(base.em);
  const itemStore = new InventoryItemStore(base.em);
  const items = new InventoryItemManager(base, itemStore, inventoryItemLoader(itemStore), itemOnHandLoader(itemStore));
  const stockStore = new StockStore(base.em);
  const stock = new StockManager(
    base,
    stockStore,
    { lot: lotLoader(stockStore), lotsByItem: lotsByItemLoader(stockStore), lotOnHand: lotOnHandLoader(stockStore) },
    items,
  );
  const probeStore = new ProbeStore(base.em);
  return {
    ...base,
    devices,
    downtime: new DowntimeManager(base, new DowntimeStore(base.em)),
    maintenance: new MaintenanceManager(
      base,
      maintenanceStore,
      { byDevice: maintenanceByDeviceLoader(maintenanceStore), byId: maintenanceLoader(maintenanceStore) },
      devices,
    ),
    contracts: new ServiceContractManager(base, contractStore, contractsByDeviceLoader(contractStore), devices),
    items,
    stock,
    probes: new ProbeManager(base, probeStore, probeHistoryLoader(probeStore), devices, stock, items),
  };
}
