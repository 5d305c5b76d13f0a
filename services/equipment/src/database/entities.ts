import { DeviceSchema } from "../modules/device/device.entity.ts";
import { DownPeriodSchema } from "../modules/downtime/down-period.entity.ts";
import { InventoryItemSchema } from "../modules/inventory-item/inventory-item.entity.ts";
import { MaintenanceSchema } from "../modules/maintenance/maintenance.entity.ts";
import { DisinfectionSchema } from "../modules/probe/disinfection.entity.ts";
import { ProbeUseSchema } from "../modules/probe/probe-use.entity.ts";
import { ServiceContractSchema } from "../modules/service-contract/service-contract.entity.ts";
import { LotSchema } from "../modules/stock/lot.entity.ts";
import { StockMovementSchema } from "../modules/stock/stock-movement.entity.ts";

/** Every entity of the equipment database. */
export const entities = [
  DeviceSchema,
  DownPeriodSchema,
  MaintenanceSchema,
  ServiceContractSchema,
  InventoryItemSchema,
  LotSchema,
  StockMovementSchema,
  ProbeUseSchema,
  DisinfectionSchema,
];
