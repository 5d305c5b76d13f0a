import { fileURLToPath } from "node:url";
import { mergeResolvers } from "@gantry/subgraph-kit/resolvers";
import { scalarResolvers } from "@gantry/subgraph-kit/scalars";
import { loadTypeDefs } from "@gantry/subgraph-kit/schema-files";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { equipmentContext, type EquipmentContext } from "./context.ts";
import { entities } from "./database/entities.ts";
import { migrations } from "./database/migrations.ts";
import { deviceResolvers } from "./modules/device/device.resolvers.ts";
import { downtimeResolvers } from "./modules/downtime/downtime.resolvers.ts";
import { inventoryItemResolvers } from "./modules/inventory-item/inventory-item.resolvers.ts";
import { maintenanceResolvers } from "./modules/maintenance/maintenance.resolvers.ts";
import { probeResolvers } from "./modules/probe/probe.resolvers.ts";
import { serviceContractResolvers } from "./modules/service-contract/service-contract.resolvers.ts";
import { stockResolvers } from "./modules/stock/stock.resolvers.ts";

export const subgraphName = "equipment";

/** Equipment data is not PHI: no PHI access sink; reads are role-checked instead. */
export const equipmentSubgraph: SubgraphDefinition<EquipmentContext> = {
  name: subgraphName,
  typeDefs: loadTypeDefs(fileURLToPath(new URL("./modules", import.meta.url))),
  resolvers: mergeResolvers<EquipmentContext>([
    scalarResolvers,
    deviceResolvers,
    downtimeResolvers,
    maintenanceResolvers,
    serviceContractResolvers,
    inventoryItemResolvers,
    stockResolvers,
    probeResolvers,
  ]),
  extendContext: equipmentContext,
};

export const equipmentDataModel: SubgraphDataModel = { database: "gantry_equipment", entities, migrations };
