import type { AreaClient } from "@gantry/subgraph-kit/area-client";
import type { Procedure } from "../procedure/procedure.entity.ts";
import { blocker, type Blocker } from "./blocker.ts";

interface Screening {
  pregnancyStatus: string | null;
  contrastAllergy: boolean | null;
  mriSafety: { pacemaker: boolean | null; implants: boolean | null; metalFragments: boolean | null };
  egfr: number | null;
  egfrMeasuredOn: string | null;
  expiresAt: string;
}

interface PatientAnswer {
  patient: {
    id: string;
    active: boolean;
    currentSafetyScreening: Screening | null;
    consents: { kind: string; status: string }[];
    approvedPriorAuthorization: { id: string } | null;
  } | null;
}

/** An eGFR older than this is not current for IV contrast (ACR Manual on Contrast Media: within 30 days for outpatients at risk). */
const renalValidityDays = 30;

function screeningBlockers(procedure: Procedure, screening: Screening | null, exam: { startsAt: Date; day: string }): Blocker[] {
  if (procedure.screenings.length === 0) return [];
  if (!screening || Date.parse(screening.expiresAt) < exam.startsAt.getTime())
    return [
      blocker(
        "SCREENING_MISSING",
        "patients",
        `${procedure.name} needs a current safety screening (${procedure.screenings.join(", ")}); none will be current on ${exam.day}.`,
        true,
      ),
    ];
  const blockers: Blocker[] = [];
  if (procedure.screenings.includes("mri-safety")) {
    const mri = screening.mriSafety;
    if (mri.pacemaker || mri.metalFragments)
      blockers.push(blocker("MRI_CONTRAINDICATION", "patients", "The MRI safety screening records a pacemaker or metal fragments.", false));
    else if (mri.pacemaker === null || mri.metalFragments === null)
      blockers.push(
        blocker("MRI_SCREENING_INCOMPLETE", "patients", "The MRI safety screening leaves pacemaker or metal fragments unanswered.", true),
      );
    if (mri.implants)
      blockers.push(blocker("MRI_IMPLANT_REVIEW", "patients", "An implant is recorded: a radiologist must clear it for MR.", true));
  }
  if (procedure.screenings.includes("pregnancy")) {
    if (screening.pregnancyStatus === "PREGNANT")
      blockers.push(blocker("PREGNANT", "patients", "The patient is pregnant: the radiologist must review the order.", false));
    else if (screening.pregnancyStatus !== "NOT_PREGNANT" && screening.pregnancyStatus !== "NOT_APPLICABLE")
      blockers.push(blocker("PREGNANCY_STATUS_UNCONFIRMED", "patients", "Pregnancy status is not confirmed.", true));
  }
  if (procedure.screenings.includes("renal-function")) {
    const measured = screening.egfrMeasuredOn ? Date.parse(`${screening.egfrMeasuredOn}T00:00:00Z`) : Number.NaN;
    const ageDays = (Date.parse(`${exam.day}T00:00:00Z`) - measured) / 86_400_000;
    if (screening.egfr === null || !(ageDays <= renalValidityDays))
      blockers.push(blocker("RENAL_FUNCTION_MISSING", "patients", `No eGFR from the ${renalValidityDays} days before the exam.`, true));
    else if (screening.egfr < 30)
      blockers.push(blocker("RENAL_FUNCTION_LOW", "patients", `eGFR ${screening.egfr}: IV contrast needs a radiologist's decision.`, true));
  }
  if (procedure.contrast === "iv" && screening.contrastAllergy)
    blockers.push(
      blocker("CONTRAST_ALLERGY", "patients", "A contrast allergy is recorded: premedication or another protocol is needed.", true),
    );
  return blockers;
}

/**
 * What the patients area must confirm for the exam: the record is the surviving one, the safety
 * screening the procedure needs is current with no open contraindication, consent is recorded where
 * needed, and an approved prior authorization covers the exam day where one is required.
 */
export async function patientBlockers(
  areas: AreaClient,
  exam: { patientId: string; procedure: Procedure; requiresPriorAuth: boolean; startsAt: Date; day: string },
): Promise<Blocker[]> {
  const { procedure } = exam;
  const answer = await areas.ask<PatientAnswer>({
    area: "patients",
    checking: "the patient's screening, consent and prior authorization",
    query: `query ($id: ID!, $code: String!, $day: Date!) {
      patient(id: $id) {
        id active
        currentSafetyScreening { pregnancyStatus contrastAllergy mriSafety { pacemaker implants metalFragments } egfr egfrMeasuredOn expiresAt }
        consents { kind status }
        approvedPriorAuthorization(procedureCode: $code, on: $day) { id }
      }
    }`,
    variables: { id: exam.patientId, code: procedure.cptCode ?? procedure.code, day: exam.day },
  });
  const patient = answer.patient;
  if (!patient) return [blocker("PATIENT_UNKNOWN", "patients", "The patients area has no such patient.", false)];
  if (!patient.active) return [blocker("PATIENT_MERGED", "patients", "This patient record was merged into another one.", false)];
  const blockers = screeningBlockers(procedure, patient.currentSafetyScreening, exam);
  if (procedure.consentRequired && !patient.consents.some((consent) => consent.kind === "PROCEDURE" && consent.status === "ACTIVE"))
    blockers.push(blocker("CONSENT_MISSING", "patients", `${procedure.name} needs a signed procedure consent.`, true));
  if (exam.requiresPriorAuth && !patient.approvedPriorAuthorization)
    blockers.push(
      blocker("PRIOR_AUTHORIZATION_MISSING", "patients", `No approved prior authorization covers ${procedure.name} on ${exam.day}.`, true),
    );
  return blockers;
}
