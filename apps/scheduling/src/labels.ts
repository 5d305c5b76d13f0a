import { labelled, modality, patientClass, priority } from "@gantry/web-kit/labels";

export { modality, patientClass, priority };

export const orderStatus = labelled({
  DRAFT: "Draft",
  ACTIVE: "Active",
  ON_HOLD: "On hold",
  REVOKED: "Revoked",
  COMPLETED: "Completed",
  ENTERED_IN_ERROR: "Entered in error",
});

export const appointmentStatus = labelled({
  PROPOSED: "Held",
  PENDING: "Pending",
  BOOKED: "Booked",
  ARRIVED: "Arrived",
  CHECKED_IN: "Checked in",
  FULFILLED: "Done",
  CANCELLED: "Cancelled",
  NOSHOW: "No-show",
  ENTERED_IN_ERROR: "Entered in error",
  WAITLIST: "Waitlist",
});

export const laterality = labelled({ LEFT: "Left", RIGHT: "Right", BILATERAL: "Both sides" });

export const contrast = labelled({ NONE: "None", ORAL: "Oral", IV: "Intravascular (IV)" });

export const screening = labelled({ MRI_SAFETY: "MRI safety", PREGNANCY: "Pregnancy", RENAL_FUNCTION: "Renal function (eGFR)" });

export const reservedPriority = labelled({ STAT: "STAT", ASAP: "ASAP", URGENT: "Urgent" });

/** Reasons a person gives; HOLD_EXPIRED and RESCHEDULED are written by Gantry itself. */
export const cancellationReason = labelled({
  PATIENT_REQUEST: "Patient asked",
  PATIENT_UNWELL: "Patient unwell",
  PREGNANCY: "Pregnancy",
  EQUIPMENT_DOWN: "Equipment down",
  PREP_INCOMPLETE: "Preparation not done",
  NO_IV_ACCESS: "No IV access",
  CLAUSTROPHOBIA: "Claustrophobia",
  INSURANCE: "Insurance",
  DUPLICATE_ORDER: "Duplicate order",
  OTHER: "Other",
});

export const weekdays = labelled({
  "1": "Monday",
  "2": "Tuesday",
  "3": "Wednesday",
  "4": "Thursday",
  "5": "Friday",
  "6": "Saturday",
  "7": "Sunday",
});

export const examStage = labelled({
  HELD: "Held",
  BOOKED: "Booked",
  ARRIVED: "Arrived",
  CHECKED_IN: "Checked in",
  IN_PROGRESS: "In progress",
  COMPLETED: "Exam done",
  DISCONTINUED: "Discontinued",
  PRELIMINARY: "Preliminary report",
  FINAL: "Final report",
  DISTRIBUTED: "Report sent",
  NO_SHOW: "No-show",
  CANCELLED: "Cancelled",
  LEFT_WITHOUT_BEING_SEEN: "Left unseen",
  ENTERED_IN_ERROR: "Entered in error",
  WAITLIST: "Waitlist",
});

export const patientIdentifier = labelled({
  NAME_AND_BIRTH_DATE: "Name and date of birth",
  MRN: "MRN",
  WRISTBAND: "Wristband",
  PHOTO_ID: "Photo ID",
  ADDRESS: "Address",
});

export const distributionChannel = labelled({
  PORTAL: "Portal",
  FAX: "Fax",
  HL7: "HL7 to the EHR",
  PHONE: "Phone",
  PRINT: "Print",
  IN_PERSON: "In person",
});

export const screeningAlert = labelled({
  PREGNANT_OR_POSSIBLY: "Pregnant or possibly",
  CONTRAST_ALLERGY: "Contrast allergy",
  LATEX_ALLERGY: "Latex allergy",
  PACEMAKER: "Pacemaker",
  IMPLANTS: "Implants",
  METAL_FRAGMENTS: "Metal fragments",
  CLAUSTROPHOBIA: "Claustrophobia",
  LOW_EGFR: "eGFR below 30",
});

export const findingUrgency = labelled({
  IMMEDIATE: "Immediate (critical)",
  WITHIN_HOURS: "Within hours (urgent)",
  ROUTINE_FOLLOW_UP: "Follow-up (unexpected)",
});

export const communicationChannel = labelled({
  PHONE: "Phone",
  PAGE: "Page",
  IN_PERSON: "In person",
  SECURE_MESSAGE: "Secure message",
});
