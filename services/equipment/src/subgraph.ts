import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { EquipmentContext } from "./context.ts";
import { migrations } from "./database/migrations.ts";
import { deviceModule } from "./modules/device/device.module.ts";
import { downtimeModule } from "./modules/downtime/downtime.module.ts";
import { inventoryItemModule } from "./modules/inventory-item/inventory-item.module.ts";
import { maintenanceModule } from "./modules/maintenance/maintenance.module.ts";
import { modalityModule } from "@gantry/subgraph-kit/modality";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
import { probeModule } from "./modules/probe/probe.module.ts";
import { serviceContractModule } from "./modules/service-contract/service-contract.module.ts";
import { staffMemberModule } from "./modules/staff-member/staff-member.module.ts";
import { stockModule } from "./modules/stock/stock.module.ts";

export const subgraphName = "equipment";

/**
 * The equipment subgraph is its modules. Equipment data is not PHI: no PHI access sink; reads are
 * checked against the permission catalogue instead. It handles no other area's events; it asks the
 * staff area (logDisinfection) through the kit's `context.areas`, which every subgraph gets.
 * Modules in folder order: the SDL, and so schema.graphql, keeps the order it had when it was
 * loaded from the folder.
 */
const { definition, entities } = subgraphFromModules<EquipmentContext>(subgraphName, [
  deviceModule,
  downtimeModule,
  inventoryItemModule,
  maintenanceModule,
  modalityModule<EquipmentContext>(),
  permissionsModule,
  probeModule,
  serviceContractModule,
  staffMemberModule,
  stockModule,
]);

export const equipmentSubgraph = definition;
export const equipmentDataModel: SubgraphDataModel = { database: "gantry_equipment", entities, migrations };
