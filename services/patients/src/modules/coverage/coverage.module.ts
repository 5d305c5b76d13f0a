import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { CoverageSchema } from "./coverage.entity.ts";
import { coverageLoaders } from "./coverage.loader.ts";
import { CoverageManager } from "./coverage.manager.ts";
import { coverageResolvers } from "./coverage.resolvers.ts";
import { CoverageStore } from "./coverage.store.ts";

export const coverageModule = defineModule<PatientsContext>({
  name: "coverage",
  typeDefs: new URL("./coverage.graphql", import.meta.url),
  resolvers: coverageResolvers,
  entities: [CoverageSchema],
  providers: {
    coverages: (context) => {
      const store = new CoverageStore(context.em);
      return new CoverageManager(context.records, store, coverageLoaders(store));
    },
  },
});
