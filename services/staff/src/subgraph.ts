import { subgraphFromModules } from "@gantry/subgraph-kit/modules";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import type { StaffContext } from "./context.ts";
import { migrations } from "./database/migrations.ts";
import { competencyModule } from "./modules/competency/competency.module.ts";
import { continuingEducationModule } from "./modules/continuing-education/continuing-education.module.ts";
import { coverageModule } from "./modules/coverage/coverage.module.ts";
import { credentialModule } from "./modules/credential/credential.module.ts";
import { modalityModule } from "@gantry/subgraph-kit/modality";
import { permissionsModule } from "./modules/permissions/permissions.module.ts";
import { shiftModule } from "./modules/shift/shift.module.ts";
import { staffMemberModule } from "./modules/staff-member/staff-member.module.ts";

export const subgraphName = "staff";

/** The staff subgraph is its modules. Staff data is not PHI: no PHI access sink; reads are role-checked instead. */
const { definition, entities } = subgraphFromModules<StaffContext>(subgraphName, [
  modalityModule<StaffContext>(),
  staffMemberModule,
  credentialModule,
  competencyModule,
  continuingEducationModule,
  shiftModule,
  coverageModule,
  permissionsModule,
]);

export const staffSubgraph = definition;
export const staffDataModel: SubgraphDataModel = { database: "gantry_staff", entities, migrations };
