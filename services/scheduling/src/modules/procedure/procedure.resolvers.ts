import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin: arguments in, manager call, result out; GraphQL's capitals are the only translation here. */
export const procedureResolvers: Resolvers = {
  Query: {
    procedure: (_root, { id }, { procedures }) => procedures.get(id),
    procedureByCode: (_root, { code }, { procedures }) => procedures.getByCode(code),
    procedures: (_root, args, { procedures }) => procedures.list(args),
  },
  Mutation: {
    addProcedure: (_root, { input }, { procedures }) => procedures.add(input),
    updateProcedure: (_root, { id, input }, { procedures }) => procedures.update(id, input),
    retireProcedure: (_root, { id, reason }, { procedures }) => procedures.retire(id, reason),
    setProcedureDuration: (_root, { procedureId, deviceId, minutes }, { procedures }) =>
      procedures.setDuration(procedureId, { deviceId, minutes }),
    clearProcedureDuration: (_root, { procedureId, deviceId }, { procedures }) => procedures.clearDuration(procedureId, deviceId),
  },
  Procedure: {
    // The gateway asks here for every procedure another area references: role-checked, batched.
    __resolveReference: (reference, { procedures }) => procedures.get(reference.id),
    modality: (procedure) => toGraphQLEnum(procedure.modality),
    contrast: (procedure) => toGraphQLEnum(procedure.contrast),
    screenings: (procedure) => procedure.screenings.map((screening) => toGraphQLEnum(screening)),
    reportDueHours: (procedure) => ({
      routine: procedure.reportDueRoutineHours,
      urgent: procedure.reportDueUrgentHours,
      asap: procedure.reportDueAsapHours,
      stat: procedure.reportDueStatHours,
    }),
    durations: (procedure, _args, { procedures }) => procedures.durationsOf(procedure.id),
    retired: (procedure) => Boolean(procedure.retiredAt),
  },
  ProcedureDuration: {
    // A reference the equipment area resolves; this area knows only the id.
    device: (duration) => ({ id: duration.deviceId }),
  },
};
