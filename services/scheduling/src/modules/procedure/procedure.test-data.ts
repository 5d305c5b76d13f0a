// Shared by this module's tests (not imported by the service): a valid procedure and the calls that make one.
import type { Role } from "@gantry/auth/roles";
import type { TestSchedulingService } from "../../../test/scheduling-service.ts";

let serial = 0;

/** A valid AddProcedureInput, as a client sends it; each call gets a code of its own. */
export function procedureInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    code: `CT-TEST-${serial}`,
    name: `CT abdomen and pelvis with contrast ${serial}`,
    modality: "CT",
    bodyPart: "abdomen and pelvis",
    lateralityRequired: false,
    defaultMinutes: 25,
    preparation: "Nothing to eat for 4 hours before; drink the oral preparation given at check-in.",
    contrast: "IV",
    contrastAgent: "iohexol (Omnipaque 350)",
    screenings: ["RENAL_FUNCTION", "PREGNANCY"],
    priorAuthRequired: true,
    workloadWeight: 1.75,
    reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
    ...overrides,
  };
}

export const procedureFields = /* GraphQL */ `
  id code cptCode name modality bodyPart lateralityRequired defaultMinutes preparation contrast contrastAgent
  screenings consentRequired priorAuthRequired workloadWeight reportDueHours { routine urgent asap stat }
  procedureGroup retired retiredAt retiredBy createdBy updatedBy durations { minutes device { id } }
`;

export const addProcedure = `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { ${procedureFields} } }`;

/** Adds a procedure through the API and returns its id; fails the test with the API's errors otherwise. */
export async function addTestProcedure(
  service: TestSchedulingService,
  overrides: Record<string, unknown> = {},
  role?: Role,
): Promise<string> {
  const response = await service.call<{ addProcedure: { id: string } }>(addProcedure, { input: procedureInput(overrides) }, role);
  if (!response.data || response.errors) throw new Error(`addProcedure failed: ${JSON.stringify(response.errors)}`);
  return response.data.addProcedure.id;
}
