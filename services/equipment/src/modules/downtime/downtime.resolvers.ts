import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const downtimeResolvers: Resolvers = {
  Query: {
    downtimeWindows: (_root, args, { downtime }) => downtime.windows(args),
  },
  DowntimeWindow: {
    device: (row, _args, { devices }) => devices.loadOrFail(row.deviceId),
    reason: (row) => toGraphQLEnum(row.reason),
    maintenance: (row, _args, { maintenance }) => (row.maintenanceId ? maintenance.load(row.maintenanceId) : null),
  },
};
