import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { intervalsOf, stageOf } from "./exam-stage.ts";

/** Thin: the exam day's transitions, and the appointment's exam fields in the schema's words. */
export const examDayResolvers: Resolvers = {
  Query: {
    worklist: (_root, args, { examDay }) => examDay.worklist(args),
    trackingBoardVersion: (_root, { day }, { examDay }) => examDay.trackingBoardVersion(day),
  },
  Mutation: {
    markArrived: (_root, { appointmentId }, { examDay }) => examDay.markArrived(appointmentId),
    checkIn: (_root, { input }, { examDay }) => examDay.checkIn(input),
    markNoShow: (_root, { appointmentId }, { examDay }) => examDay.markNoShow(appointmentId),
    markLeftWithoutBeingSeen: (_root, args, { examDay }) => examDay.markLeftWithoutBeingSeen(args),
    startExam: (_root, { input }, { examDay }) => examDay.startExam(input),
    completeExam: (_root, { input }, { examDay }) => examDay.completeExam(input),
    recordContrastGiven: (_root, { input }, { examDay }) => examDay.recordContrastGiven(input),
    recordAdministeredActivity: (_root, { input }, { examNotes }) => examNotes.recordAdministeredActivity(input),
    discontinueExam: (_root, { input }, { examDay }) => examDay.discontinueExam(input),
    recordReport: (_root, { input }, { examDay }) => examDay.recordReport(input),
    recordReportDistribution: (_root, { input }, { examDay }) => examDay.recordReportDistribution(input),
  },
  Appointment: {
    stage: (appointment) => toGraphQLEnum(stageOf(appointment)),
    examStatus: (appointment) => (appointment.examStatus ? toGraphQLEnum(appointment.examStatus) : null),
    identityConfirmedWith: (appointment) => appointment.identityConfirmedWith?.map((identifier) => toGraphQLEnum(identifier)) ?? null,
    report: (appointment) =>
      appointment.reportStatus
        ? {
            status: toGraphQLEnum(appointment.reportStatus),
            preliminaryAt: appointment.reportPreliminaryAt,
            finalAt: appointment.reportFinalAt,
            radiologist: appointment.radiologistName,
            addendum: appointment.reportAddendum,
            distributedAt: appointment.reportDistributedAt,
            distributedVia: appointment.reportDistributedVia ? toGraphQLEnum(appointment.reportDistributedVia) : null,
            distributedTo: appointment.reportDistributedTo,
          }
        : null,
    contrastGiven: (appointment) =>
      appointment.contrastLotId && appointment.contrastQuantity && appointment.contrastStockMovementId && appointment.contrastRecordedAt
        ? {
            agent: appointment.contrastAgent,
            lotId: appointment.contrastLotId,
            quantity: appointment.contrastQuantity,
            stockMovementId: appointment.contrastStockMovementId,
            at: appointment.contrastRecordedAt,
            by: appointment.contrastRecordedBy ?? "",
          }
        : null,
    administeredActivity: (appointment) =>
      appointment.radiopharmaceutical && appointment.administeredActivityMbq && appointment.activityAdministeredAt
        ? {
            radiopharmaceutical: appointment.radiopharmaceutical,
            activityMBq: Number(appointment.administeredActivityMbq),
            administeredAt: appointment.activityAdministeredAt,
            recordedBy: appointment.activityRecordedBy ?? "",
          }
        : null,
    intervals: async (appointment, _args, { orders }) =>
      intervalsOf(appointment, (await orders.get(appointment.orderId))?.orderedAt ?? null),
  },
};
