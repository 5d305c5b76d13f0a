import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { PregnancyStatus, Resolvers, ScreeningAlert, ScreeningQuestion } from "../../__generated__/resolvers-types.ts";
import type { SafetyScreening } from "./safety-screening.entity.ts";
import { isExpired } from "./safety-screening.manager.ts";

/** eGFR below this needs a radiologist's decision before iodinated or gadolinium contrast (ACR manual). */
const lowEgfr = 30;

function alerts(screening: SafetyScreening): ScreeningAlert[] {
  const found: ScreeningAlert[] = [];
  if (screening.pregnancyStatus === "pregnant" || screening.pregnancyStatus === "possibly-pregnant") found.push("PREGNANT_OR_POSSIBLY");
  if (screening.contrastAllergy) found.push("CONTRAST_ALLERGY");
  if (screening.latexAllergy) found.push("LATEX_ALLERGY");
  if (screening.pacemaker) found.push("PACEMAKER");
  if (screening.implants) found.push("IMPLANTS");
  if (screening.metalFragments) found.push("METAL_FRAGMENTS");
  if (screening.claustrophobia) found.push("CLAUSTROPHOBIA");
  if (screening.egfr !== null && screening.egfr !== undefined && screening.egfr < lowEgfr) found.push("LOW_EGFR");
  return found;
}

export const safetyScreeningResolvers: Resolvers = {
  Mutation: {
    recordScreening: (_root, { input }, { safetyScreenings }) => safetyScreenings.record(input),
    amendScreening: (_root, { id, input }, { safetyScreenings }) => safetyScreenings.amend(id, input),
  },
  Patient: {
    safetyScreenings: (patient, _args, { safetyScreenings }) => safetyScreenings.forPatient(patient.id),
    currentSafetyScreening: (patient, _args, { safetyScreenings }) => safetyScreenings.currentFor(patient.id),
  },
  SafetyScreening: {
    patient: (screening, _args, { patients }) => patients.getOrFail(screening.patientId),
    pregnancyStatus: (screening) => (screening.pregnancyStatus ? (toGraphQLEnum(screening.pregnancyStatus) as PregnancyStatus) : null),
    contrastAllergy: (screening) => screening.contrastAllergy ?? null,
    priorContrastReactions: (screening) => screening.priorContrastReactions ?? null,
    latexAllergy: (screening) => screening.latexAllergy ?? null,
    mriSafety: (screening) => ({
      pacemaker: screening.pacemaker ?? null,
      implants: screening.implants ?? null,
      implantDetails: screening.implantDetails ?? null,
      metalFragments: screening.metalFragments ?? null,
      claustrophobia: screening.claustrophobia ?? null,
    }),
    egfr: (screening) => screening.egfr ?? null,
    egfrMeasuredOn: (screening) => screening.egfrMeasuredOn ?? null,
    weightKg: (screening) => screening.weightKg ?? null,
    answers: (screening) =>
      Object.entries(screening.answers).map(([question, provenance]) => ({
        question: toGraphQLEnum(question) as ScreeningQuestion,
        answeredAt: new Date(provenance.at),
        answeredBy: { subject: provenance.subject, name: provenance.name },
      })),
    alerts: (screening) => alerts(screening),
    recordedBy: (screening) => ({ subject: screening.recordedBySubject, name: screening.recordedByName }),
    isExpired: (screening) => isExpired(screening),
  },
};
