import { badUserInput } from "@gantry/subgraph-kit/errors";
import { pageRequest } from "@gantry/subgraph-kit/pagination";
import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { requirePatientsPermission } from "../../access.ts";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { decodeAccessLogCursor, encodeAccessLogCursor } from "./access-log.cursor.ts";

// Merge entries written before the merge reason was treated as PHI carried the reason's text and
// the other record's id in `fields`; the log is append-only, so they are cut back when read.
const mergeDetail = /^(reason|mergedInto|absorbed):[\s\S]*$/;

export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: async (_root, { filter, first, after }, { identity, accessLog }) => {
      requirePatientsPermission(identity, "readAccessLog", "Reading the PHI access log");
      if (filter?.patientId && !isRecordId(filter.patientId))
        throw badUserInput("filter.patientId is not a patient id.", [{ field: "filter.patientId", message: "must be a UUID" }]);
      const { limit } = pageRequest({ first }, 50);
      const page = await accessLog.list(filter ?? {}, { limit, after: after ? decodeAccessLogCursor(after) : null });
      return {
        nodes: page.nodes,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.end ? encodeAccessLogCursor(page.end) : null },
      };
    },
  },
  AccessLogEntry: {
    id: (entry) => String(entry.id),
    action: (entry) => toGraphQLEnum(entry.action),
    fields: (entry) => entry.fields.map((field) => field.replace(mergeDetail, "$1")),
    patient: async (entry, _args, { patients }) => patients.getOrFail(entry.patientId),
  },
};
