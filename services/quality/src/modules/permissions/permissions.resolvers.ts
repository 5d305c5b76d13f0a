import { permissionsOfCaller } from "@gantry/subgraph-kit/authorization";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { qualityPermissions } from "../../permissions.ts";

export const permissionsResolvers: Resolvers = {
  Query: { qualityPermissions: permissionsOfCaller(qualityPermissions) },
};
