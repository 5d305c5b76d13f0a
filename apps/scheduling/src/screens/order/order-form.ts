import type { Laterality, OrderPriority, PatientClass, PlaceOrderInput } from "../../__generated__/graphql.ts";
import type { ProcedureFieldsFragment } from "../../__generated__/graphql.ts";
import type { PickedPatient } from "../../components/PatientPicker.tsx";

export interface OrderFormValues {
  patient: PickedPatient | null;
  procedure: ProcedureFieldsFragment | null;
  laterality: Laterality | null;
  referringName: string;
  referringNpi: string;
  reasonCode: string;
  reasonText: string;
  priority: OrderPriority;
  patientClass: PatientClass;
  placerOrderNumber: string;
  notes: string;
  draft: boolean;
}

export const emptyOrder: OrderFormValues = {
  patient: null,
  procedure: null,
  laterality: null,
  referringName: "",
  referringNpi: "",
  reasonCode: "",
  reasonText: "",
  priority: "ROUTINE",
  patientClass: "OUTPATIENT",
  placerOrderNumber: "",
  notes: "",
  draft: false,
};

/**
 * What the browser can check before sending: the shape of things. The NPI's check digit and the
 * ICD-10 code's validity are the API's to judge; its words are shown on the field.
 */
export const orderValidation = {
  patient: (value: PickedPatient | null) => (value ? null : "Pick the patient"),
  procedure: (value: ProcedureFieldsFragment | null) => (value ? null : "Pick the procedure"),
  laterality: (value: Laterality | null, values: OrderFormValues) =>
    values.procedure?.lateralityRequired && !value ? "This procedure needs the side" : null,
  referringName: (value: string) => (value.trim() ? null : "Name the referring provider"),
  referringNpi: (value: string) => (/^\d{10}$/.test(value.trim()) ? null : "An NPI is 10 digits"),
  reasonCode: (value: string) => (value.trim() ? null : "Give the ICD-10 code of the reason, e.g. R51.9"),
};

export function placeOrderInput(values: OrderFormValues): PlaceOrderInput {
  return {
    patientId: values.patient?.id ?? "",
    procedureId: values.procedure?.id ?? "",
    laterality: values.procedure?.lateralityRequired ? values.laterality : null,
    referringProvider: { name: values.referringName.trim(), npi: values.referringNpi.trim() },
    reason: { code: values.reasonCode.trim(), text: values.reasonText.trim() || null },
    priority: values.priority,
    patientClass: values.patientClass,
    placerOrderNumber: values.placerOrderNumber.trim() || null,
    notes: values.notes.trim() || null,
    draft: values.draft,
  };
}

/** The API's field paths (input.referringProvider.npi) on the form's fields. */
export const serverFields: Record<string, { field: keyof OrderFormValues; label: string }> = {
  "input.patientId": { field: "patient", label: "Patient" },
  "input.procedureId": { field: "procedure", label: "Procedure" },
  "input.laterality": { field: "laterality", label: "Side" },
  "input.referringProvider.name": { field: "referringName", label: "Referring provider" },
  "input.referringProvider.npi": { field: "referringNpi", label: "NPI" },
  "input.reason.code": { field: "reasonCode", label: "ICD-10 code" },
  "input.reason.text": { field: "reasonText", label: "Reason" },
  "input.placerOrderNumber": { field: "placerOrderNumber", label: "Placer order number" },
  "input.notes": { field: "notes", label: "Notes" },
};
