import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { DownPeriodSchema } from "./down-period.entity.ts";
import { DowntimeManager } from "./downtime.manager.ts";
import { downtimeResolvers } from "./downtime.resolvers.ts";
import { DowntimeStore } from "./downtime.store.ts";

export const downtimeModule = defineModule<EquipmentContext>({
  name: "downtime",
  typeDefs: new URL("./downtime.graphql", import.meta.url),
  resolvers: downtimeResolvers,
  entities: [DownPeriodSchema],
  providers: { downtime: (context) => new DowntimeManager(context, new DowntimeStore(context.em)) },
});
