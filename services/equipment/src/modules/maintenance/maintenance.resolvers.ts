import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import type { MaintenanceStatus } from "./maintenance.entity.ts";

export const maintenanceResolvers: Resolvers = {
  Query: {
    maintenanceDue: (_root, args, { maintenance }) => maintenance.due(args),
    maintenanceOverdue: (_root, { asOf }, { maintenance }) => maintenance.overdue(asOf),
  },
  Mutation: {
    scheduleMaintenance: (_root, { input }, { maintenance }) => maintenance.schedule(input),
    completeMaintenance: (_root, args, { maintenance }) => maintenance.complete(args),
    cancelMaintenance: (_root, args, { maintenance }) => maintenance.cancel(args),
  },
  Maintenance: {
    device: (maintenance, _args, { devices }) => devices.loadOrFail(maintenance.deviceId),
    kind: (maintenance) => toGraphQLEnum(maintenance.kind),
    status: (maintenance) => toGraphQLEnum(maintenance.status as MaintenanceStatus),
    vendor: (maintenance) => maintenance.vendor ?? null,
    completedAt: (maintenance) => maintenance.completedAt ?? null,
    notes: (maintenance) => maintenance.notes ?? null,
  },
};
