import { roles, type Role } from "@gantry/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTestPatient, startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
beforeAll(async () => {
  service = await startTestPatientsService();
  patientId = await registerTestPatient(service);
});
afterAll(async () => {
  await service.stop();
});

let attempt = 0;
/** One attempt per catalogue action, as its role would make it; each a fresh, valid request. */
const attempts: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
  lookUpPatients: async () => [`query ($id: ID!) { patient(id: $id) { id } }`, { id: patientId }],
  registerAndEditPatients: async () => [
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    {
      input: {
        familyName: "Matrix",
        givenName: `Case${++attempt}`,
        birthDate: "1980-02-03",
        administrativeSex: "UNKNOWN",
        confirmNotDuplicate: true,
      },
    },
  ],
  mergePatients: async () => [
    `mutation ($survivorId: ID!, $duplicateId: ID!) { mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: "Same person") { id } }`,
    { survivorId: await registerTestPatient(service, "Survivor"), duplicateId: await registerTestPatient(service, "Duplicate") },
  ],
  keepCoverage: async () => [
    `mutation ($input: AddCoverageInput!) { addCoverage(input: $input) { id } }`,
    { input: { patientId, payer: "Acme Health", memberId: `A-${++attempt}`, subscriberRelation: "SELF" } },
  ],
  requestPriorAuthorizations: async () => [
    `mutation ($input: RequestPriorAuthorizationInput!) { requestPriorAuthorization(input: $input) { id } }`,
    { input: { patientId, orderReference: `ACC-${++attempt}`, procedureCode: "CT-HEAD" } },
  ],
  requestPriorStudies: async () => [
    `mutation ($input: RequestPriorStudiesInput!) { requestPriorStudies(input: $input) { id } }`,
    { input: { patientId, facility: "Elsewhere" } },
  ],
  recordScreening: async () => [
    `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
    { input: { patientId, latexAllergy: false } },
  ],
  recordConsent: async () => [
    `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    { input: { patientId, kind: "PRIVACY_NOTICE", signedAt: "2026-11-01T10:00:00Z", signedBy: { name: "Self", relationship: "SELF" } } },
  ],
  readAccessLog: async () => [`{ accessLog(first: 1) { nodes { id } } }`, {}],
};

/** Not an API operation: the shell lists Patients in navigation to these roles (area.json's remote.roles before). */
const opensTheArea: readonly Role[] = ["scheduler", "technologist", "radiologist", "coordinator", "quality_officer"];

describe("the patients permission catalogue", () => {
  it.each([...roles])("tells %s exactly what the API then lets them do", async (role: Role) => {
    const answer = await service.call<{ patientsPermissions: { action: string; allowed: boolean }[] }>(
      `{ patientsPermissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    const allowed = new Map(answer.data?.patientsPermissions.map((entry) => [entry.action, entry.allowed]));
    // Every action of the catalogue is tried, so a new action without an attempt fails here.
    expect([...allowed.keys()].sort()).toEqual([...Object.keys(attempts), "openArea"].sort());
    expect(allowed.get("openArea")).toBe(opensTheArea.includes(role));
    for (const [action, makeAttempt] of Object.entries(attempts)) {
      const [query, variables] = await makeAttempt();
      const response = await service.call(query, variables, role);
      const refused = response.errors?.[0]?.extensions?.code === "FORBIDDEN";
      expect({ action, refused }).toEqual({ action, refused: !allowed.get(action) });
      if (!refused) expect(response.errors, `${role} ${action}`).toBeUndefined();
    }
  });

  it("says who may open the area, in words the shell shows to those it refuses", async () => {
    const answer = await service.call<{ patientsPermissions: { action: string; who: string }[] }>(
      `{ patientsPermissions { action who } }`,
      {},
      "manager",
    );
    expect(answer.data?.patientsPermissions.find((entry) => entry.action === "openArea")?.who).toBe(
      "scheduler, technologist, radiologist, coordinator or quality_officer",
    );
  });

  it("answers a caller with no PHI scope too: the remote asks before it shows anything", async () => {
    const answer = await service.call<{ patientsPermissions: { action: string; allowed: boolean }[] }>(
      `{ patientsPermissions { action allowed } }`,
      {},
      "integration",
    );
    expect(answer.data?.patientsPermissions.every((entry) => !entry.allowed)).toBe(true);
  });
});
