import type { Role } from "@gantry/auth/roles";
import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, registerTestPatient, startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
let mrn: string;
beforeAll(async () => {
  service = await startTestPatientsService();
  patientId = await registerTestPatient(service, "Lookup");
  const [row] = await service.orm.em.fork().getConnection().execute<{ mrn: string }[]>(`select mrn from patient where id = ?`, [patientId]);
  mrn = row?.mrn ?? "";
});
afterAll(async () => {
  await service.stop();
});

const byId = `query ($id: ID!) { patient(id: $id) { id } }`;
const byMrn = `query ($mrn: String!) { patientByMrn(mrn: $mrn) { id } }`;
const byReference = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { id } } }`;

/** The fields of each read entry one caller left for the test patient, oldest first. */
async function readsBy(role: Role): Promise<string[][]> {
  const rows = await service.orm.em
    .fork()
    .getConnection()
    .execute<{ fields: string[] }[]>(
      `select fields from phi_access_log where patient_id = ? and action = 'read' and actor_subject = ? order by id`,
      [patientId, `test:${role}`],
    );
  return rows.map((row) => row.fields);
}

describe("looking a patient up by id or MRN", () => {
  it.each(["scheduler", "technologist", "radiologist", "coordinator", "quality_officer"] as const)(
    "answers a %s and records the lookup in the access log",
    async (role) => {
      const found = await callSubgraph<{ patient: { id: string } }>(service.url, byId, { id: patientId }, testIdentity(role));
      expect(found.errors).toBeUndefined();
      expect(found.data?.patient.id).toBe(patientId);
      const mapped = await callSubgraph<{ patientByMrn: { id: string } }>(service.url, byMrn, { mrn }, testIdentity(role));
      expect(mapped.errors).toBeUndefined();
      expect(mapped.data?.patientByMrn.id).toBe(patientId);
      expect(await readsBy(role)).toEqual([["id"], ["mrn"]]);
    },
  );

  it.each(["manager", "administrator", "integration"] as const)("refuses a %s with FORBIDDEN and logs nothing", async (role) => {
    const logBefore = await countRows(service, "phi_access_log");
    for (const [query, variables] of [
      [byId, { id: patientId }],
      [byMrn, { mrn }],
    ] as const) {
      const refused = await callSubgraph(service.url, query, variables, testIdentity(role));
      expect(refused.errors?.[0]?.extensions?.code, `${role} ${query}`).toBe("FORBIDDEN");
      expect(refused.errors?.[0]?.message).toContain("Looking up a patient is limited to");
      expect(refused.data?.[query === byId ? "patient" : "patientByMrn"]).toBeNull();
    }
    expect(await countRows(service, "phi_access_log")).toBe(logBefore);
  });

  it("records another area's reference by MRN as a read of that patient's MRN, and refuses it without phi:read", async () => {
    const representations = [{ __typename: "Patient", mrn }];
    const resolved = await callSubgraph<{ _entities: { id: string }[] }>(
      service.url,
      byReference,
      { representations },
      testIdentity("technologist"),
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data?._entities).toEqual([{ id: patientId }]);
    expect((await readsBy("technologist")).at(-1)).toEqual(["mrn"]);

    const logBefore = await countRows(service, "phi_access_log");
    const refused = await callSubgraph<{ _entities: unknown[] }>(service.url, byReference, { representations }, testIdentity("manager"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.data?._entities).toEqual([null]);
    // By id a reference reveals nothing new, so other areas keep resolving it for any role.
    const byIdReference = await callSubgraph<{ _entities: { id: string }[] }>(
      service.url,
      byReference,
      { representations: [{ __typename: "Patient", id: patientId }] },
      testIdentity("manager"),
    );
    expect(byIdReference.data?._entities).toEqual([{ id: patientId }]);
    expect(await countRows(service, "phi_access_log")).toBe(logBefore);
  });
});
