import { fileURLToPath } from "node:url";
import { mergeResolvers } from "@gantry/subgraph-kit/resolvers";
import { scalarResolvers } from "@gantry/subgraph-kit/scalars";
import { loadTypeDefs } from "@gantry/subgraph-kit/schema-files";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { staffContext, type StaffContext } from "./context.ts";
import { entities } from "./database/entities.ts";
import { migrations } from "./database/migrations.ts";
import { competencyResolvers } from "./modules/competency/competency.resolvers.ts";
import { continuingEducationResolvers } from "./modules/continuing-education/continuing-education.resolvers.ts";
import { coverageResolvers } from "./modules/coverage/coverage.resolvers.ts";
import { credentialResolvers } from "./modules/credential/credential.resolvers.ts";
import { shiftResolvers } from "./modules/shift/shift.resolvers.ts";
import { staffMemberResolvers } from "./modules/staff-member/staff-member.resolvers.ts";

export const subgraphName = "staff";

/** Staff is not PHI: no PHI access sink; reads are role-checked instead. */
export const staffSubgraph: SubgraphDefinition<StaffContext> = {
  name: subgraphName,
  typeDefs: loadTypeDefs(fileURLToPath(new URL("./modules", import.meta.url))),
  resolvers: mergeResolvers<StaffContext>([
    scalarResolvers,
    staffMemberResolvers,
    credentialResolvers,
    competencyResolvers,
    continuingEducationResolvers,
    shiftResolvers,
    coverageResolvers,
  ]),
  extendContext: staffContext,
};

export const staffDataModel: SubgraphDataModel = { database: "gantry_staff", entities, migrations };
