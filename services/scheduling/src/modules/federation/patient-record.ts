import type { AreaClient } from "@gantry/subgraph-kit/area-client";
import { badUserInput, notFound } from "@gantry/subgraph-kit/errors";

interface PatientAnswer {
  patient: { id: string; active: boolean } | null;
}

/**
 * The patient a new order or booking is for, checked with the patients area through the gateway
 * (never its tables): it must exist and be the surviving record, not a merged-away duplicate.
 */
export async function requireActivePatient(areas: AreaClient, patientId: string): Promise<void> {
  const answer = await areas.ask<PatientAnswer>({
    area: "patients",
    checking: "the patient's record",
    query: `query ($id: ID!) { patient(id: $id) { id active } }`,
    variables: { id: patientId },
  });
  if (!answer.patient) throw notFound("Patient", patientId);
  if (!answer.patient.active)
    throw badUserInput("This patient record was merged into another one; order under the surviving record.", [
      { field: "input.patientId", message: "a merged-away or inactive patient record" },
    ]);
}
