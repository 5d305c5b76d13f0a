import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { DisinfectionMethod as GraphQLDisinfectionMethod, Resolvers } from "../../__generated__/resolvers-types.ts";

export const probeResolvers: Resolvers = {
  Query: {
    probeDisinfectionStatus: (_root, { probeId }, { probes }) => probes.status(probeId),
    disinfectionLog: (_root, args, { probes }) => probes.log(args),
  },
  Mutation: {
    recordProbeUse: (_root, { input }, { probes }) => probes.recordUse(input),
    logDisinfection: (_root, { input }, { probes }) => probes.logDisinfection(input),
  },
  Disinfection: {
    probe: (disinfection, _args, { devices }) => devices.loadOrFail(disinfection.probeId),
    // Two-dash codes: toGraphQLEnum replaces every dash, its type only the first.
    method: (disinfection) => toGraphQLEnum(disinfection.method) as GraphQLDisinfectionMethod,
    disinfectantLot: (disinfection, _args, { stock }) =>
      disinfection.disinfectantLotId ? stock.loadLot(disinfection.disinfectantLotId) : null,
    // A reference only: the gateway asks the staff area for the person.
    performedBy: (disinfection) => ({ id: disinfection.performedBy }),
    result: (disinfection) => toGraphQLEnum(disinfection.result),
    notes: (disinfection) => disinfection.notes ?? null,
  },
  ProbeUse: {
    probe: (use, _args, { devices }) => devices.loadOrFail(use.probeId),
    appointmentReference: (use) => use.appointmentReference ?? null,
  },
  ProbeDisinfectionStatus: {
    lastPassingDisinfection: (row, _args, { probes }) =>
      row.lastPassingDisinfectionId ? probes.loadDisinfection(row.lastPassingDisinfectionId) : null,
  },
};
