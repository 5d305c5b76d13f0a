import { dicomUidFromUuid } from "@gantry/subgraph-kit/dicom-uid";
import type { Appointment } from "./appointment.entity.ts";

type ExamFields = Pick<
  Appointment,
  | "studyInstanceUid"
  | "arrivedAt"
  | "arrivedBy"
  | "lateArrival"
  | "checkedInAt"
  | "checkedInBy"
  | "identityConfirmedWith"
  | "examStatus"
  | "examStartedAt"
  | "examStartedBy"
  | "examEndedAt"
  | "examEndedBy"
  | "discontinuedReason"
  | "examNotes"
  | "reportStatus"
  | "reportPreliminaryAt"
  | "reportFinalAt"
  | "radiologistName"
  | "reportAddendum"
  | "reportDistributedAt"
  | "reportDistributedVia"
  | "reportDistributedTo"
  | "contrastAgent"
  | "contrastLotId"
  | "contrastQuantity"
  | "contrastStockMovementId"
  | "contrastRecordedAt"
  | "contrastRecordedBy"
  | "radiopharmaceutical"
  | "administeredActivityMbq"
  | "activityAdministeredAt"
  | "activityRecordedBy"
>;

/** The exam-day fields of a new booking or hold: nothing has happened yet; its study UID is made now. */
export function notYetSeen(appointmentId: string): ExamFields {
  return {
    studyInstanceUid: dicomUidFromUuid(appointmentId),
    arrivedAt: null,
    arrivedBy: null,
    lateArrival: null,
    checkedInAt: null,
    checkedInBy: null,
    identityConfirmedWith: null,
    examStatus: null,
    examStartedAt: null,
    examStartedBy: null,
    examEndedAt: null,
    examEndedBy: null,
    discontinuedReason: null,
    examNotes: null,
    reportStatus: null,
    reportPreliminaryAt: null,
    reportFinalAt: null,
    radiologistName: null,
    reportAddendum: false,
    reportDistributedAt: null,
    reportDistributedVia: null,
    reportDistributedTo: null,
    contrastAgent: null,
    contrastLotId: null,
    contrastQuantity: null,
    contrastStockMovementId: null,
    contrastRecordedAt: null,
    contrastRecordedBy: null,
    radiopharmaceutical: null,
    administeredActivityMbq: null,
    activityAdministeredAt: null,
    activityRecordedBy: null,
  };
}
