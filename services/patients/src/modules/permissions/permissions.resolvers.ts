import { permissionsOfCaller } from "@gantry/subgraph-kit/authorization";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { patientsPermissions } from "../../permissions.ts";

export const permissionsResolvers: Resolvers = {
  Query: { patientsPermissions: permissionsOfCaller(patientsPermissions) },
};
