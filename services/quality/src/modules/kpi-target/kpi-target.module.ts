import { defineModule } from "@gantry/subgraph-kit/modules";
import type { QualityContext } from "../../context.ts";
import { KpiTargetSchema } from "./kpi-target.entity.ts";
import { KpiTargetManager } from "./kpi-target.manager.ts";
import { kpiTargetResolvers } from "./kpi-target.resolvers.ts";
import { KpiTargetStore } from "./kpi-target.store.ts";

export const kpiTargetModule = defineModule<QualityContext>({
  name: "kpi-target",
  typeDefs: new URL("./kpi-target.graphql", import.meta.url),
  resolvers: kpiTargetResolvers,
  entities: [KpiTargetSchema],
  providers: { kpiTargets: (context) => new KpiTargetManager(context, new KpiTargetStore(context.em)) },
});
