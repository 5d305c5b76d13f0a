import { permissionsOfCaller } from "@gantry/subgraph-kit/authorization";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { equipmentPermissions } from "../../permissions.ts";

export const permissionsResolvers: Resolvers = {
  Query: { equipmentPermissions: permissionsOfCaller(equipmentPermissions) },
};
