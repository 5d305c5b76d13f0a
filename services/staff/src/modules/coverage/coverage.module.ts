import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { CoverageManager } from "./coverage.manager.ts";
import { coverageResolvers } from "./coverage.resolvers.ts";
import { CoverageStore } from "./coverage.store.ts";

export const coverageModule = defineModule<StaffContext>({
  name: "coverage",
  typeDefs: new URL("./coverage.graphql", import.meta.url),
  resolvers: coverageResolvers,
  providers: { coverage: (context) => new CoverageManager(context, new CoverageStore(context.em)) },
});
