import type { Blocker } from "../errors.ts";

/** Each blocker's gist in the department's words; the API's message then gives the particulars. */
const gists: Record<string, string> = {
  ORDER_NOT_ACTIVE: "the order is not active",
  PROCEDURE_RETIRED: "the procedure is retired from the catalogue",
  OUTSIDE_HOURS: "the device is closed at this time",
  RESERVED_BLOCK: "the time is reserved for other exams",
  DEVICE_UNKNOWN: "the device is not in the register",
  DEVICE_WRONG_MODALITY: "the device does not perform this exam",
  DEVICE_NOT_IN_SERVICE: "the device is not in service",
  DEVICE_DOWNTIME: "the device is down or in maintenance",
  TECHNOLOGIST_UNKNOWN: "the technologist is not in the staff directory",
  TECHNOLOGIST_NOT_CREDENTIALED: "the technologist is not credentialed for this modality",
  TECHNOLOGIST_OFF_SHIFT: "the technologist is not on shift",
  PATIENT_UNKNOWN: "the patient is not on record",
  PATIENT_MERGED: "the patient record was merged into another",
  SCREENING_MISSING: "needs a current safety screening",
  MRI_CONTRAINDICATION: "the MRI safety screening rules the exam out",
  MRI_SCREENING_INCOMPLETE: "the MRI safety screening is incomplete",
  MRI_IMPLANT_REVIEW: "an implant needs a radiologist's clearance",
  PREGNANT: "the patient is pregnant: a radiologist must review",
  PREGNANCY_STATUS_UNCONFIRMED: "pregnancy status is not confirmed",
  RENAL_FUNCTION_MISSING: "needs a recent eGFR",
  RENAL_FUNCTION_LOW: "low eGFR: a radiologist must decide",
  CONTRAST_ALLERGY: "a contrast allergy is recorded",
  CONSENT_MISSING: "needs a signed procedure consent",
  PRIOR_AUTHORIZATION_MISSING: "needs an approved prior authorization",
};

export function blockerGist(blocker: Blocker): string {
  return gists[blocker.code] ?? blocker.message;
}

export interface BlockerContext {
  patientId: string;
  deviceId: string;
  technologistId: string | null;
  orderId: string;
  schedulesLink: string;
  orderLink: string;
  catalogueLink: string;
}

const screeningCodes = new Set([
  "SCREENING_MISSING",
  "MRI_CONTRAINDICATION",
  "MRI_SCREENING_INCOMPLETE",
  "MRI_IMPLANT_REVIEW",
  "PREGNANT",
  "PREGNANCY_STATUS_UNCONFIRMED",
  "RENAL_FUNCTION_MISSING",
  "RENAL_FUNCTION_LOW",
  "CONTRAST_ALLERGY",
]);

/** Where the blocker is fixed: the page of the area that owns the rule, when there is one. */
export function blockerLink(blocker: Blocker, context: BlockerContext): { href: string; label: string } | null {
  if (screeningCodes.has(blocker.code))
    return { href: `/patients/${context.patientId}/safety-screening`, label: "Open the safety screening" };
  if (blocker.code === "CONSENT_MISSING") return { href: `/patients/${context.patientId}/consent`, label: "Open the consents" };
  if (blocker.code === "PRIOR_AUTHORIZATION_MISSING")
    return { href: `/patients/${context.patientId}/prior-authorizations`, label: "Open the prior authorizations" };
  if (blocker.code === "PATIENT_MERGED") return { href: `/patients/${context.patientId}`, label: "Open the patient" };
  if (blocker.area === "equipment" && blocker.code !== "DEVICE_UNKNOWN")
    return { href: `/equipment/devices/${context.deviceId}`, label: "Open the device" };
  if (blocker.area === "staff" && context.technologistId && blocker.code !== "TECHNOLOGIST_UNKNOWN")
    return { href: `/staff/members/${context.technologistId}`, label: "Open the staff member" };
  if (blocker.code === "OUTSIDE_HOURS" || blocker.code === "RESERVED_BLOCK")
    return { href: context.schedulesLink, label: "Open the schedule" };
  if (blocker.code === "ORDER_NOT_ACTIVE") return { href: context.orderLink, label: "Open the order" };
  if (blocker.code === "PROCEDURE_RETIRED") return { href: context.catalogueLink, label: "Open the catalogue" };
  return null;
}
