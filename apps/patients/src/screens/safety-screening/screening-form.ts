import type {
  AmendScreeningInput,
  PregnancyStatus,
  SafetyScreeningFieldsFragment,
  ScreeningAlert,
  ScreeningQuestion,
} from "../../__generated__/graphql.ts";

/** A yes/no question may also be left unasked: "" in the form, null in the API. */
export type Answer = "yes" | "no" | "";

export interface ScreeningFormValues {
  pregnancyStatus: PregnancyStatus | null;
  contrastAllergy: Answer;
  priorContrastReactions: string;
  latexAllergy: Answer;
  pacemaker: Answer;
  implants: Answer;
  implantDetails: string;
  metalFragments: Answer;
  claustrophobia: Answer;
  egfr: number | string;
  egfrMeasuredOn: string | null;
  weightKg: number | string;
  validForDays: number | string;
}

const answerOf = (value: boolean | null): Answer => (value === null ? "" : value ? "yes" : "no");
const booleanOf = (value: Answer): boolean | null => (value === "" ? null : value === "yes");
const numberOf = (value: number | string): number | null => (typeof value === "number" ? value : value.trim() ? Number(value) : null);
const textOf = (value: string): string | null => value.trim() || null;

export function screeningFormValues(screening: SafetyScreeningFieldsFragment | null): ScreeningFormValues {
  return {
    pregnancyStatus: screening?.pregnancyStatus ?? null,
    contrastAllergy: answerOf(screening?.contrastAllergy ?? null),
    priorContrastReactions: screening?.priorContrastReactions ?? "",
    latexAllergy: answerOf(screening?.latexAllergy ?? null),
    pacemaker: answerOf(screening?.mriSafety.pacemaker ?? null),
    implants: answerOf(screening?.mriSafety.implants ?? null),
    implantDetails: screening?.mriSafety.implantDetails ?? "",
    metalFragments: answerOf(screening?.mriSafety.metalFragments ?? null),
    claustrophobia: answerOf(screening?.mriSafety.claustrophobia ?? null),
    egfr: screening?.egfr ?? "",
    egfrMeasuredOn: screening?.egfrMeasuredOn ?? null,
    weightKg: screening?.weightKg ?? "",
    validForDays: 30,
  };
}

/** Every answer as the API takes it (unasked questions null). */
export function screeningAnswers(
  values: ScreeningFormValues,
): Required<{ [Key in keyof AmendScreeningInput]: NonNullable<AmendScreeningInput[Key]> | null }> {
  return {
    pregnancyStatus: values.pregnancyStatus,
    contrastAllergy: booleanOf(values.contrastAllergy),
    priorContrastReactions: textOf(values.priorContrastReactions),
    latexAllergy: booleanOf(values.latexAllergy),
    pacemaker: booleanOf(values.pacemaker),
    implants: booleanOf(values.implants),
    implantDetails: textOf(values.implantDetails),
    metalFragments: booleanOf(values.metalFragments),
    claustrophobia: booleanOf(values.claustrophobia),
    egfr: numberOf(values.egfr),
    egfrMeasuredOn: values.egfrMeasuredOn,
    weightKg: numberOf(values.weightKg),
  };
}

/** Only the answers that changed, so each amended answer gets its own who-and-when stamp. */
export function changedAnswers(before: ScreeningFormValues, after: ScreeningFormValues): AmendScreeningInput {
  const old = screeningAnswers(before);
  const next = screeningAnswers(after);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== old[key]) changes[key] = next[key];
  }
  return changes as AmendScreeningInput;
}

export const pregnancyOptions: { value: PregnancyStatus; label: string }[] = [
  { value: "NOT_PREGNANT", label: "Not pregnant" },
  { value: "PREGNANT", label: "Pregnant" },
  { value: "POSSIBLY_PREGNANT", label: "Possibly pregnant" },
  { value: "NOT_APPLICABLE", label: "Not applicable" },
  { value: "UNKNOWN", label: "Unknown" },
];

export const questionLabels: Record<ScreeningQuestion, string> = {
  PREGNANCY_STATUS: "Pregnancy status",
  CONTRAST_ALLERGY: "Contrast allergy",
  PRIOR_CONTRAST_REACTIONS: "Prior contrast reactions",
  LATEX_ALLERGY: "Latex allergy",
  PACEMAKER: "Pacemaker",
  IMPLANTS: "Implants",
  IMPLANT_DETAILS: "Implant details",
  METAL_FRAGMENTS: "Metal fragments",
  CLAUSTROPHOBIA: "Claustrophobia",
  EGFR: "eGFR",
  WEIGHT: "Weight",
};

export const alertLabels: Record<ScreeningAlert, string> = {
  PREGNANT_OR_POSSIBLY: "Pregnant or possibly pregnant",
  CONTRAST_ALLERGY: "Contrast allergy",
  LATEX_ALLERGY: "Latex allergy",
  PACEMAKER: "Pacemaker",
  IMPLANTS: "Implants",
  METAL_FRAGMENTS: "Metal fragments",
  CLAUSTROPHOBIA: "Claustrophobia",
  LOW_EGFR: "eGFR below 30: contrast needs a radiologist's decision",
};

/** The answer to one question, as text for the answers table. */
export function answerText(screening: SafetyScreeningFieldsFragment, question: ScreeningQuestion): string {
  const yesNo = (value: boolean | null) => (value === null ? "Not asked" : value ? "Yes" : "No");
  switch (question) {
    case "PREGNANCY_STATUS":
      return pregnancyOptions.find((option) => option.value === screening.pregnancyStatus)?.label ?? "Not asked";
    case "CONTRAST_ALLERGY":
      return yesNo(screening.contrastAllergy);
    case "PRIOR_CONTRAST_REACTIONS":
      return screening.priorContrastReactions ?? "—";
    case "LATEX_ALLERGY":
      return yesNo(screening.latexAllergy);
    case "PACEMAKER":
      return yesNo(screening.mriSafety.pacemaker);
    case "IMPLANTS":
      return yesNo(screening.mriSafety.implants);
    case "IMPLANT_DETAILS":
      return screening.mriSafety.implantDetails ?? "—";
    case "METAL_FRAGMENTS":
      return yesNo(screening.mriSafety.metalFragments);
    case "CLAUSTROPHOBIA":
      return yesNo(screening.mriSafety.claustrophobia);
    case "EGFR":
      return screening.egfr === null
        ? "—"
        : `${screening.egfr} mL/min/1.73 m²${screening.egfrMeasuredOn ? ` (measured ${screening.egfrMeasuredOn})` : ""}`;
    case "WEIGHT":
      return screening.weightKg === null ? "—" : `${screening.weightKg} kg`;
  }
}
