import { permissionsOfCaller } from "@gantry/subgraph-kit/authorization";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { {{area.camel}}Permissions } from "../../permissions.ts";

export const permissionsResolvers: Resolvers = {
  Query: { {{area.camel}}Permissions: permissionsOfCaller({{area.camel}}Permissions) },
};
