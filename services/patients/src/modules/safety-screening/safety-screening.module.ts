import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { SafetyScreeningSchema } from "./safety-screening.entity.ts";
import { safetyScreeningLoaders } from "./safety-screening.loader.ts";
import { SafetyScreeningManager } from "./safety-screening.manager.ts";
import { safetyScreeningResolvers } from "./safety-screening.resolvers.ts";
import { SafetyScreeningStore } from "./safety-screening.store.ts";

export const safetyScreeningModule = defineModule<PatientsContext>({
  name: "safety-screening",
  typeDefs: new URL("./safety-screening.graphql", import.meta.url),
  resolvers: safetyScreeningResolvers,
  entities: [SafetyScreeningSchema],
  providers: {
    safetyScreenings: (context) => {
      const store = new SafetyScreeningStore(context.em);
      return new SafetyScreeningManager(context.records, store, safetyScreeningLoaders(store));
    },
  },
});
