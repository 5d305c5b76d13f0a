import { defineModule } from "@gantry/subgraph-kit/modules";
import type { {{area.pascal}}Context } from "../../context.ts";
import { permissionsResolvers } from "./permissions.resolvers.ts";

export const permissionsModule = defineModule<{{area.pascal}}Context>({
  name: "permissions",
  typeDefs: new URL("./permissions.graphql", import.meta.url),
  resolvers: permissionsResolvers,
});
