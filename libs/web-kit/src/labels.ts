import { formatCode } from "./format.ts";

/** The API's codes in the department's words, and the options of the selects that set them. */
export function labelled<T extends string>(labels: Record<T, string>) {
  return {
    format: (value: string | null | undefined) => (value ? (labels[value as T] ?? formatCode(value)) : "—"),
    options: (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label })),
  };
}

// The kit's shared enums (Modality, OrderPriority, PatientClass), worded once for every remote.
export const priority = labelled({ STAT: "STAT", ASAP: "ASAP", URGENT: "Urgent", ROUTINE: "Routine" });

export const modality = labelled({
  CT: "CT",
  MR: "MR",
  XR: "X-ray",
  US: "Ultrasound",
  MG: "Mammography",
  NM: "Nuclear medicine",
  PT: "PET",
  RF: "Fluoroscopy",
  XA: "Angiography",
});

export const patientClass = labelled({ OUTPATIENT: "Outpatient", INPATIENT: "Inpatient", EMERGENCY: "Emergency" });
