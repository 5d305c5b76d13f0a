import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin: arguments in, manager call, result out. */
export const criticalResultResolvers: Resolvers = {
  Query: {
    openCriticalFindings: (_root, args, { criticalResults }) => criticalResults.open(args),
    criticalResultLimits: (_root, _args, { criticalResults }) => criticalResults.limits(),
  },
  Mutation: {
    recordCriticalFinding: (_root, { input }, { criticalResults }) => criticalResults.record(input),
    recordFindingCommunication: (_root, { input }, { criticalResults }) => criticalResults.communicate(input),
    setCriticalResultLimit: (_root, args, { criticalResults }) => criticalResults.setLimit(args),
  },
  Appointment: {
    criticalFindings: (appointment, _args, { criticalResults }) => criticalResults.forAppointment(appointment.id),
  },
  CriticalFinding: {
    __resolveReference: (reference, { criticalResults }) => criticalResults.get(reference.id),
    appointment: async (finding, _args, { appointments }) => {
      const appointment = await appointments.get(finding.appointmentId);
      if (!appointment) throw new Error(`critical finding ${finding.id}: its appointment is missing`);
      return appointment;
    },
    patient: (finding) => ({ id: finding.patientId }),
    urgency: (finding) => toGraphQLEnum(finding.urgency),
    overdue: (finding) => !finding.communicatedAt && finding.communicateBy.getTime() < Date.now(),
    communication: (finding) =>
      finding.communicatedAt && finding.communicatedVia
        ? {
            at: finding.communicatedAt,
            by: finding.communicatedBy ?? "",
            to: finding.communicatedTo ?? "",
            via: toGraphQLEnum(finding.communicatedVia),
            readBackConfirmed: finding.readBackConfirmed ?? false,
          }
        : null,
  },
  CriticalResultLimit: {
    urgency: (limit) => toGraphQLEnum(limit.urgency),
  },
};
