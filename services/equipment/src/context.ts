import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { DeviceManager } from "./modules/device/device.manager.ts";
import type { DowntimeManager } from "./modules/downtime/downtime.manager.ts";
import type { InventoryItemManager } from "./modules/inventory-item/inventory-item.manager.ts";
import type { MaintenanceManager } from "./modules/maintenance/maintenance.manager.ts";
import type { ProbeManager } from "./modules/probe/probe.manager.ts";
import type { ServiceContractManager } from "./modules/service-contract/service-contract.manager.ts";
import type { StockManager } from "./modules/stock/stock.manager.ts";

/** The equipment subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface EquipmentContext extends SubgraphContext {
  devices: DeviceManager;
  downtime: DowntimeManager;
  maintenance: MaintenanceManager;
  contracts: ServiceContractManager;
  items: InventoryItemManager;
  stock: StockManager;
  probes: ProbeManager;
}
