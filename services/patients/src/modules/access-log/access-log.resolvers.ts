import { requireScope } from "@gantry/subgraph-kit/authorization";
import { pageRequest, toPage } from "@gantry/subgraph-kit/pagination";
import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: async (_root, { filter, first, after }, { identity, accessLog }) => {
      requireScope(identity, "audit:read", "the PHI access log");
      const page = pageRequest({ first, after }, 50);
      const { nodes, totalCount } = await accessLog.list(filter ?? {}, page);
      return toPage(nodes, totalCount, page);
    },
  },
  AccessLogEntry: {
    id: (entry) => String(entry.id),
    action: (entry) => toGraphQLEnum(entry.action),
    patient: async (entry, _args, { patients }) => patients.getOrFail(entry.patientId),
  },
};
