import { endOfDepartmentDay, startOfDepartmentDay } from "@gantry/subgraph-kit/department-clock";
import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { isPermitted } from "@gantry/auth/permissions";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { schedulingPermissions } from "../../permissions.ts";
import { movableStatuses } from "./appointment.entity.ts";

export const appointmentResolvers: Resolvers = {
  Query: {
    appointment: (_root, { id }, { appointments }) => appointments.get(id),
  },
  Mutation: {
    bookAppointment: (_root, { input }, { appointments }) => appointments.book(input),
    holdSlot: (_root, { input }, { appointments }) => appointments.hold(input),
    releaseHold: (_root, { appointmentId }, { appointments }) => appointments.releaseHold(appointmentId),
    cancelAppointment: (_root, { input }, { appointments }) => appointments.cancel(input),
    rescheduleAppointment: (_root, { input }, { appointments }) => appointments.reschedule(input),
  },
  Appointment: {
    __resolveReference: (reference, { appointments }) => appointments.get(reference.id),
    order: (appointment, _args, { orders }) => orders.loadOrFail(appointment.orderId),
    patient: (appointment) => ({ id: appointment.patientId }),
    device: (appointment) => ({ id: appointment.deviceId }),
    technologist: (appointment) => (appointment.technologistId ? { id: appointment.technologistId } : null),
    viewerCanChange: (appointment, _args, { identity }) =>
      movableStatuses.includes(appointment.status) && isPermitted(identity, schedulingPermissions.bookAppointments),
    minutes: (appointment) => Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60_000),
    status: (appointment) => toGraphQLEnum(appointment.status),
    cancellation: (appointment) =>
      appointment.cancellationReason && appointment.cancelledAt
        ? {
            reason: toGraphQLEnum(appointment.cancellationReason),
            note: appointment.cancellationNote,
            late: appointment.cancelledLate ?? false,
            at: appointment.cancelledAt,
            by: appointment.cancelledBy ?? "",
          }
        : null,
    history: async (appointment, _args, { appointments }) =>
      (await appointments.history(appointment.id)).map((line) => ({
        at: line.at,
        by: line.actorName,
        action: line.action,
        fromStatus: line.fromStatus ? toGraphQLEnum(line.fromStatus) : null,
        toStatus: toGraphQLEnum(line.toStatus),
        changes: JSON.stringify(line.changes),
        reason: line.reason,
      })),
  },
  ImagingOrder: {
    appointments: (order, _args, { appointments }) => appointments.forOrder(order.id),
  },
  Patient: {
    appointments: (patient, _args, { appointments }) => appointments.forPatient(patient.id),
  },
  Device: {
    appointments: (device, period, { appointments }) => appointments.onDevice(device.id, period),
    bookedMinutes: (device, period, { appointments }) => appointments.bookedMinutes(device.id, period),
  },
  StaffMember: {
    appointments: (member, { on }, { appointments }) =>
      appointments.onTechnologistDay(member.id, { from: startOfDepartmentDay(on), to: endOfDepartmentDay(on) }),
  },
};
