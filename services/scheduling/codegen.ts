import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files and the kit modules it lists.
export default resolverTypesCodegen({
  contextType: "../context.ts#SchedulingContext",
  kitSchemas: ["access-log/access-log.graphql", "modality/modality.graphql", "order-scope/order-scope.graphql"],
  mappers: {
    AccessLogEntry: "@gantry/subgraph-kit/access-log/access-log.entity#AccessLogEntry",
    ImagingOrder: "../modules/imaging-order/imaging-order.entity.ts#ImagingOrder",
    Appointment: "../modules/appointment/appointment.entity.ts#Appointment",
    WaitlistEntry: "../modules/appointment/appointment.entity.ts#WaitlistEntry",
    Patient: "../modules/federation/references.ts#EntityReference",
    Device: "../modules/federation/references.ts#EntityReference",
    StaffMember: "../modules/federation/references.ts#EntityReference",
    Procedure: "../modules/procedure/procedure.entity.ts#Procedure",
    ProcedureDuration: "../modules/procedure/procedure.entity.ts#ProcedureDuration",
    WeeklyHours: "../modules/schedule/schedule.entity.ts#ScheduleHours",
    ScheduleException: "../modules/schedule/schedule.entity.ts#ScheduleException",
    ReservedBlock: "../modules/schedule/schedule.entity.ts#ReservedBlock",
    OpeningDay: "../modules/schedule/schedule.manager.ts#ScheduleDay",
    OpeningPeriod: "../modules/schedule/opening-hours.ts#OpenPeriod",
    ReservedPeriod: "../modules/schedule/opening-hours.ts#ReservedPeriod",
    CriticalFinding: "../modules/critical-result/critical-result.entity.ts#CriticalFinding",
    CriticalResultLimit: "../modules/critical-result/critical-result.entity.ts#CriticalResultLimit",
    // pnpm gen module adds its mappers above this line.
  },
});
