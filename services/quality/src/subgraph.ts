import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { QualityContext } from "./context.ts";
import { migrations } from "./database/migrations.ts";
import { modalityModule } from "@gantry/subgraph-kit/modality";
import { orderScopeModule } from "@gantry/subgraph-kit/order-scope";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
import { kpiTargetModule } from "./modules/kpi-target/kpi-target.module.ts";
// pnpm gen module adds its imports above this line.

export const subgraphName = "quality";

/** The quality subgraph is its modules. It keeps no PHI, so it has no PHI access sink; reads are permission-checked. */
const { definition, entities } = subgraphFromModules<QualityContext>(subgraphName, [
  permissionsModule,
  modalityModule<QualityContext>(),
  orderScopeModule<QualityContext>(),
  kpiTargetModule,
  // pnpm gen module adds its module above this line.
]);

export const qualitySubgraph = definition;
export const qualityDataModel: SubgraphDataModel = { database: "gantry_quality", entities, migrations };
