import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { CompetencySchema } from "./competency.entity.ts";
import { competenciesByStaffMemberLoader } from "./competency.loader.ts";
import { CompetencyManager } from "./competency.manager.ts";
import { competencyResolvers } from "./competency.resolvers.ts";
import { CompetencyStore } from "./competency.store.ts";

export const competencyModule = defineModule<StaffContext>({
  name: "competency",
  typeDefs: new URL("./competency.graphql", import.meta.url),
  resolvers: competencyResolvers,
  entities: [CompetencySchema],
  providers: {
    competencies: (context) =>
      new CompetencyManager(context, competenciesByStaffMemberLoader(new CompetencyStore(context.em)), context.staff),
  },
});
