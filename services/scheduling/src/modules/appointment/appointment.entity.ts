import { defineEntity, p } from "@mikro-orm/core";

/** FHIR Appointment.status. */
export const appointmentStatuses = [
  "proposed",
  "pending",
  "booked",
  "arrived",
  "checked-in",
  "fulfilled",
  "cancelled",
  "noshow",
  "entered-in-error",
  "waitlist",
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The statuses that hold the device's, technologist's and patient's time (the exclusion constraints' predicate). */
export const holdingTimeStatuses = ["proposed", "pending", "booked", "arrived", "checked-in", "fulfilled"] as const;
/** The same list as SQL, for the queries that must agree with the constraints. */
export const holdingTimeSql = holdingTimeStatuses.map((status) => `'${status}'`).join(", ");
/** The statuses an appointment may still be moved or cancelled in. */
export const movableStatuses: readonly AppointmentStatus[] = ["proposed", "pending", "booked"];

/** Coded cancellation reasons; `hold-expired` and `rescheduled` are the system's own and not counted as cancellations. */
export const cancellationReasons = [
  "patient-request",
  "patient-unwell",
  "pregnancy",
  "equipment-down",
  "prep-incomplete",
  "no-iv-access",
  "claustrophobia",
  "insurance",
  "duplicate-order",
  "hold-expired",
  "rescheduled",
  "left-without-being-seen",
  "other",
] as const;
export type CancellationReason = (typeof cancellationReasons)[number];

/** The exam itself (DICOM MPPS: IN PROGRESS, COMPLETED, DISCONTINUED; FHIR ImagingStudy/Procedure). */
export const examStatuses = ["in-progress", "completed", "discontinued"] as const;
export type ExamStatus = (typeof examStatuses)[number];
/** The report, as Gantry tracks it (the reporting system writes it): FHIR DiagnosticReport.status. */
export const reportStatuses = ["preliminary", "final"] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const distributionChannels = ["portal", "fax", "hl7", "phone", "print", "in-person"] as const;
/** The two identifiers a check-in confirms (The Joint Commission NPSG.01.01.01: at least two). */
export const patientIdentifiers = ["name-and-birth-date", "mrn", "wristband", "photo-id", "address"] as const;
export type PatientIdentifier = (typeof patientIdentifiers)[number];

/**
 * One exam's place in time: order, patient, device, technologist. PostgreSQL refuses two live
 * appointments overlapping on one device, technologist or patient (exclusion constraints in the
 * migration); a hold is a `proposed` row with an expiry, so it blocks the slot like a booking.
 */
export const AppointmentSchema = defineEntity({
  name: "Appointment",
  tableName: "appointment",
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid(),
    patientId: p.uuid(),
    deviceId: p.uuid(),
    technologistId: p.uuid().nullable(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    status: p.enum([...appointmentStatuses]),
    overbooked: p.boolean().default(false),
    overbookReason: p.string().length(500).nullable(),
    holdExpiresAt: p.datetime().nullable(),
    cancellationReason: p.enum([...cancellationReasons]).nullable(),
    cancellationNote: p.string().length(500).nullable(),
    cancelledLate: p.boolean().nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: p.string().length(200).nullable(),
    bookedAt: p.datetime().nullable(),
    bookedBy: p.string().length(200).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    /** DICOM Study Instance UID, made at booking so the modality worklist can carry it. */
    studyInstanceUid: p.string().length(64).unique(),
    arrivedAt: p.datetime().nullable(),
    arrivedBy: p.string().length(200).nullable(),
    lateArrival: p.boolean().nullable(),
    checkedInAt: p.datetime().nullable(),
    checkedInBy: p.string().length(200).nullable(),
    identityConfirmedWith: p.json<PatientIdentifier[]>().nullable(),
    examStatus: p.enum([...examStatuses]).nullable(),
    examStartedAt: p.datetime().nullable(),
    examStartedBy: p.string().length(200).nullable(),
    examEndedAt: p.datetime().nullable(),
    examEndedBy: p.string().length(200).nullable(),
    discontinuedReason: p.string().length(500).nullable(),
    examNotes: p.string().length(2000).nullable(),
    reportStatus: p.enum([...reportStatuses]).nullable(),
    reportPreliminaryAt: p.datetime().nullable(),
    reportFinalAt: p.datetime().nullable(),
    radiologistName: p.string().length(200).nullable(),
    reportAddendum: p.boolean().default(false),
    reportDistributedAt: p.datetime().nullable(),
    reportDistributedVia: p.enum([...distributionChannels]).nullable(),
    reportDistributedTo: p.string().length(200).nullable(),
    contrastAgent: p.string().length(200).nullable(),
    contrastLotId: p.uuid().nullable(),
    contrastQuantity: p.integer().nullable(),
    contrastStockMovementId: p.uuid().nullable(),
    contrastRecordedAt: p.datetime().nullable(),
    contrastRecordedBy: p.string().length(200).nullable(),
    /** Nuclear medicine and PET: what was injected and how much (MBq), when, recorded by whom. */
    radiopharmaceutical: p.string().length(100).nullable(),
    administeredActivityMbq: p.double().nullable(),
    activityAdministeredAt: p.datetime().nullable(),
    activityRecordedBy: p.string().length(200).nullable(),
  },
});

export class Appointment extends AppointmentSchema.class {}
AppointmentSchema.setClass(Appointment);

/** One change to an appointment: append-only (the table refuses UPDATE and DELETE). */
export const AppointmentHistorySchema = defineEntity({
  name: "AppointmentHistory",
  tableName: "appointment_history",
  properties: {
    id: p.bigint("number").primary().autoincrement(),
    appointmentId: p.uuid(),
    at: p.datetime(),
    actorSubject: p.string().length(200),
    actorName: p.string().length(200),
    action: p.string().length(30),
    fromStatus: p.enum([...appointmentStatuses]).nullable(),
    toStatus: p.enum([...appointmentStatuses]),
    changes: p.json<Record<string, { from: unknown; to: unknown }>>(),
    reason: p.string().length(500).nullable(),
  },
});

export class AppointmentHistory extends AppointmentHistorySchema.class {}
AppointmentHistorySchema.setClass(AppointmentHistory);

/** A patient who wants an earlier slot (or any, when none suits yet). */
export const WaitlistEntrySchema = defineEntity({
  name: "WaitlistEntry",
  tableName: "waitlist_entry",
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid(),
    patientId: p.uuid(),
    earliest: p.date(),
    latest: p.date(),
    note: p.string().length(500).nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    removedAt: p.datetime().nullable(),
    removedBy: p.string().length(200).nullable(),
  },
});

export class WaitlistEntry extends WaitlistEntrySchema.class {}
WaitlistEntrySchema.setClass(WaitlistEntry);
