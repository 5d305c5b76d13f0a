import { defineModule } from "@gantry/subgraph-kit/modules";
import type { QualityContext } from "../../context.ts";
import { permissionsResolvers } from "./permissions.resolvers.ts";

export const permissionsModule = defineModule<QualityContext>({
  name: "permissions",
  typeDefs: new URL("./permissions.graphql", import.meta.url),
  resolvers: permissionsResolvers,
});
