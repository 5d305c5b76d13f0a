import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver types generated from this service's own SDL files.
const config: CodegenConfig = {
  schema: ["../../libs/subgraph-kit/src/shared.graphql", "src/**/*.graphql"],
  generates: {
    "src/__generated__/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: "../context.ts#EquipmentContext",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "Date" },
        mapperTypeSuffix: "Model",
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
      },
    },
  },
};
export default config;
