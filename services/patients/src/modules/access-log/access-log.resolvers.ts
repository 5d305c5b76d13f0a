import { accessLogPage } from "@gantry/subgraph-kit/access-log/access-log.page";
import { checkAccessLogFilter } from "@gantry/subgraph-kit/access-log/access-log.filter";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { requirePatientsPermission } from "../../access.ts";

export const legacyAccessLogResolvers: Resolvers = {
  Query: {
    accessLog: async (_root, { filter, first, after }, { identity, accessLog }) => {
      requirePatientsPermission(identity, "readAccessLog", "Reading the PHI access log");
      return accessLogPage(accessLog, checkAccessLogFilter(filter), { first, after });
    },
  },
};
