import { defineEntity, p } from "@mikro-orm/core";

export const pregnancyStatuses = ["pregnant", "not-pregnant", "possibly-pregnant", "not-applicable", "unknown"] as const;
export type PregnancyStatus = (typeof pregnancyStatuses)[number];

/** The questions of the screening form, keyed by the input field that answers each. */
export const screeningQuestions = {
  pregnancyStatus: "pregnancy-status",
  contrastAllergy: "contrast-allergy",
  priorContrastReactions: "prior-contrast-reactions",
  latexAllergy: "latex-allergy",
  pacemaker: "pacemaker",
  implants: "implants",
  implantDetails: "implant-details",
  metalFragments: "metal-fragments",
  claustrophobia: "claustrophobia",
  egfr: "egfr",
  egfrMeasuredOn: "egfr",
  weightKg: "weight",
} as const;
export type ScreeningAnswerField = keyof typeof screeningQuestions;
export type ScreeningQuestion = (typeof screeningQuestions)[ScreeningAnswerField];

/** Who gave an answer and when; kept per question because answers arrive at different times (eGFR from the lab). */
export interface AnswerProvenance {
  subject: string;
  name: string;
  at: string;
}

/** Pre-exam safety questions (pregnancy, allergies, MRI safety, renal function); expires after a while. */
export const SafetyScreeningSchema = defineEntity({
  name: "SafetyScreening",
  tableName: "safety_screening",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    patientId: p.uuid().index(),
    pregnancyStatus: p.enum([...pregnancyStatuses]).nullable(),
    contrastAllergy: p.boolean().nullable(),
    priorContrastReactions: p.string().length(1000).nullable(),
    latexAllergy: p.boolean().nullable(),
    pacemaker: p.boolean().nullable(),
    implants: p.boolean().nullable(),
    implantDetails: p.string().length(1000).nullable(),
    metalFragments: p.boolean().nullable(),
    claustrophobia: p.boolean().nullable(),
    egfr: p.smallint().nullable(),
    egfrMeasuredOn: p.date().nullable(),
    weightKg: p.decimal("number").precision(5).scale(1).nullable(),
    answers: p.json<Partial<Record<ScreeningQuestion, AnswerProvenance>>>(),
    recordedAt: p.datetime(),
    recordedBySubject: p.string().length(200),
    recordedByName: p.string().length(200),
    expiresAt: p.datetime(),
  },
});

export class SafetyScreening extends SafetyScreeningSchema.class {}
SafetyScreeningSchema.setClass(SafetyScreening);
