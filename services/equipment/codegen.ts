import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files.
export default resolverTypesCodegen({
  contextType: "../context.ts#EquipmentContext",
  kitSchemas: ["modality/modality.graphql"],
  mappers: {
    Device: "../modules/device/device.entity.ts#Device",
    DowntimeWindow: "../modules/downtime/downtime.store.ts#DowntimeRow",
    Maintenance: "../modules/maintenance/maintenance.entity.ts#Maintenance",
    ServiceContract: "../modules/service-contract/service-contract.entity.ts#ServiceContract",
    InventoryItem: "../modules/inventory-item/inventory-item.entity.ts#InventoryItem",
    Lot: "../modules/stock/lot.entity.ts#Lot",
    StockLevel: "../modules/stock/stock.store.ts#StockLevelRow",
    StockMovement: "../modules/stock/stock-movement.entity.ts#StockMovement",
    ExpiringLot: "../modules/stock/stock.store.ts#ExpiringLotRow",
    Disinfection: "../modules/probe/disinfection.entity.ts#Disinfection",
    ProbeUse: "../modules/probe/probe-use.entity.ts#ProbeUse",
    ProbeDisinfectionStatus: "../modules/probe/probe.store.ts#ProbeStatusRow",
  },
});
