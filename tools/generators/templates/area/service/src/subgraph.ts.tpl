import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { {{area.pascal}}Context } from "./context.ts";
import { migrations } from "./database/migrations.ts";
import { noteModule } from "./modules/note/note.module.ts";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
// pnpm gen module adds its imports above this line.

export const subgraphName = "{{area.kebab}}";

/** The {{area.phrase}} subgraph is its modules. It keeps no PHI, so it has no PHI access sink; reads are permission-checked. */
const { definition, entities } = subgraphFromModules<{{area.pascal}}Context>(subgraphName, [
  permissionsModule,
  noteModule,
  // pnpm gen module adds its module above this line.
]);

export const {{area.camel}}Subgraph = definition;
export const {{area.camel}}DataModel: SubgraphDataModel = { database: "{{database}}", entities, migrations };
