import { formatCode } from "@gantry/web-kit/format";

// The shared wording of dates and codes; this file adds the area's own labels.
export { formatCode, formatDate, formatDateTime } from "@gantry/web-kit/format";

const credentialKindLabels: Record<string, string> = {
  ARRT_R: "ARRT (R) Radiography",
  ARRT_CT: "ARRT (CT) Computed tomography",
  ARRT_MR: "ARRT (MR) Magnetic resonance",
  ARRT_M: "ARRT (M) Mammography",
  ARRT_NM: "ARRT (N) Nuclear medicine",
  ARDMS_RDMS: "ARDMS RDMS",
  ARDMS_RDCS: "ARDMS RDCS",
  ARDMS_RVT: "ARDMS RVT",
  NMTCB: "NMTCB (CNMT)",
  BLS: "BLS",
  STATE_LICENSE: "State license",
};

export function formatCredentialKind(kind: string): string {
  return credentialKindLabels[kind] ?? formatCode(kind);
}

export const credentialKindOptions = Object.entries(credentialKindLabels).map(([value, label]) => ({ value, label }));

const modalityLabels: Record<string, string> = {
  MR: "MR",
  CT: "CT",
  XR: "X-ray",
  US: "Ultrasound",
  MG: "Mammography",
  NM: "Nuclear medicine",
};
export const modalityCodes = Object.keys(modalityLabels);

export function formatModality(modality: string | null | undefined): string {
  return modality ? (modalityLabels[modality] ?? modality) : "No modality";
}

export const modalityOptions = Object.entries(modalityLabels).map(([value, label]) => ({ value, label }));

export const staffRoleOptions = [
  "TECHNOLOGIST",
  "SONOGRAPHER",
  "RADIOLOGIST",
  "NURSE",
  "SCHEDULER",
  "COORDINATOR",
  "MANAGER",
  "QUALITY_OFFICER",
].map((value) => ({ value, label: formatCode(value) }));

/** Days to expiry in words: "Expired 3 days ago", "Expires today", "12 days left". */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft < 0) return `Expired ${-daysLeft} day${daysLeft === -1 ? "" : "s"} ago`;
  if (daysLeft === 0) return "Expires today";
  return `${daysLeft} day${daysLeft === 1 ? "" : "s"} left`;
}
