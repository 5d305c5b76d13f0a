import { permissionsOfCaller } from "@gantry/subgraph-kit/authorization";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { schedulingPermissions } from "../../permissions.ts";

export const permissionsResolvers: Resolvers = {
  Query: { schedulingPermissions: permissionsOfCaller(schedulingPermissions) },
};
