import type { AddProcedureInput, Contrast, Modality, ProcedureFieldsFragment, Screening } from "../../__generated__/graphql.ts";

export interface ProcedureFormValues {
  code: string;
  cptCode: string;
  name: string;
  modality: Modality | null;
  bodyPart: string;
  lateralityRequired: boolean;
  defaultMinutes: number | string;
  preparation: string;
  contrast: Contrast;
  contrastAgent: string;
  screenings: Screening[];
  consentRequired: boolean;
  priorAuthRequired: boolean;
  workloadWeight: number | string;
  routine: number | string;
  urgent: number | string;
  asap: number | string;
  stat: number | string;
  procedureGroup: string;
}

export function formValuesOf(procedure: ProcedureFieldsFragment | null): ProcedureFormValues {
  return {
    code: procedure?.code ?? "",
    cptCode: procedure?.cptCode ?? "",
    name: procedure?.name ?? "",
    modality: procedure?.modality ?? null,
    bodyPart: procedure?.bodyPart ?? "",
    lateralityRequired: procedure?.lateralityRequired ?? false,
    defaultMinutes: procedure?.defaultMinutes ?? 20,
    preparation: procedure?.preparation ?? "",
    contrast: procedure?.contrast ?? "NONE",
    contrastAgent: procedure?.contrastAgent ?? "",
    screenings: procedure?.screenings ?? [],
    consentRequired: procedure?.consentRequired ?? false,
    priorAuthRequired: procedure?.priorAuthRequired ?? false,
    workloadWeight: procedure?.workloadWeight ?? 1,
    routine: procedure?.reportDueHours.routine ?? 48,
    urgent: procedure?.reportDueHours.urgent ?? 8,
    asap: procedure?.reportDueHours.asap ?? 4,
    stat: procedure?.reportDueHours.stat ?? 1,
    procedureGroup: procedure?.procedureGroup ?? "",
  };
}

const hours = (value: number | string) =>
  Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 720 ? null : "1 to 720 hours";

/** The catalogue's rules the browser can check; the API checks them again and says why in its words. */
export const procedureValidation = {
  code: (value: string) => (/^[A-Za-z0-9-]{2,20}$/.test(value.trim()) ? null : "2 to 20 letters, digits and dashes"),
  cptCode: (value: string) =>
    !value.trim() || /^(\d{5}|\d{4}[FT]|[A-Z]\d{4})$/.test(value.trim().toUpperCase()) ? null : "5 characters, e.g. 70450",
  name: (value: string) => (value.trim() ? null : "Name the procedure"),
  modality: (value: Modality | null) => (value ? null : "Choose the modality"),
  bodyPart: (value: string) => (value.trim() ? null : "Say which body part"),
  defaultMinutes: (value: number | string) =>
    Number.isInteger(Number(value)) && Number(value) >= 5 && Number(value) <= 480 ? null : "5 to 480 minutes",
  contrastAgent: (value: string, values: ProcedureFormValues) =>
    values.contrast !== "NONE" && !value.trim() ? "Name the agent given" : null,
  screenings: (value: Screening[], values: ProcedureFormValues) =>
    values.modality === "MR" && !value.includes("MRI_SAFETY") ? "MR procedures need the MRI safety screening" : null,
  workloadWeight: (value: number | string) => (Number(value) > 0 && Number(value) < 100 ? null : "More than 0 and below 100"),
  routine: hours,
  urgent: hours,
  asap: hours,
  stat: hours,
  procedureGroup: (value: string) =>
    !value.trim() || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value.trim()) ? null : "Lower-case words joined by dashes",
};

export function procedureInput(values: ProcedureFormValues): AddProcedureInput {
  return {
    code: values.code.trim(),
    cptCode: values.cptCode.trim() ? values.cptCode.trim().toUpperCase() : null,
    name: values.name.trim(),
    modality: values.modality ?? "CT",
    bodyPart: values.bodyPart.trim(),
    lateralityRequired: values.lateralityRequired,
    defaultMinutes: Number(values.defaultMinutes),
    preparation: values.preparation.trim() || null,
    contrast: values.contrast,
    contrastAgent: values.contrast === "NONE" ? null : values.contrastAgent.trim(),
    screenings: values.screenings,
    consentRequired: values.consentRequired,
    priorAuthRequired: values.priorAuthRequired,
    workloadWeight: Number(values.workloadWeight),
    reportDueHours: {
      routine: Number(values.routine),
      urgent: Number(values.urgent),
      asap: Number(values.asap),
      stat: Number(values.stat),
    },
    procedureGroup: values.procedureGroup.trim() || null,
  };
}
