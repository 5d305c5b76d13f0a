import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
beforeAll(async () => {
  service = await startTestPatientsService();
});
afterAll(async () => {
  await service.stop();
});

const register = /* GraphQL */ `
  mutation Register($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      id
      mrn
      name {
        text
      }
      birthDate
      administrativeSex
    }
  }
`;

async function countRows(table: string): Promise<number> {
  const [row] = await service.orm.em.fork().getConnection().execute<{ count: string }[]>(`select count(*)::text as count from ${table}`);
  return Number(row?.count);
}

describe("patients subgraph", () => {
  it("registers a patient and assigns an MRN", async () => {
    const response = await callSubgraph<{ registerPatient: { mrn: string; name: { text: string }; administrativeSex: string } }>(
      service.url,
      register,
      {
        input: { familyName: "Okafor", givenName: "Ada", birthDate: "1980-04-02", administrativeSex: "FEMALE" },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerPatient.mrn).toMatch(/^G\d{8}$/);
    expect(response.data?.registerPatient.name.text).toBe("Okafor, Ada");
    expect(response.data?.registerPatient.administrativeSex).toBe("FEMALE");
  });

  it("refuses a call that did not come through the gateway", async () => {
    const response = await callSubgraph(service.url, `{ patient(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a future birth date with BAD_USER_INPUT and writes nothing", async () => {
    const before = await countRows("patient");
    const response = await callSubgraph(service.url, register, {
      input: { familyName: "Future", givenName: "Flo", birthDate: "2999-01-01", administrativeSex: "FEMALE" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("birthDate");
    expect(await countRows("patient")).toBe(before);
  });

  it("hides PHI from a manager and logs reads by a scheduler", async () => {
    const created = await callSubgraph<{ registerPatient: { id: string } }>(service.url, register, {
      input: { familyName: "Lindqvist", givenName: "Per", birthDate: "1955-12-30", administrativeSex: "MALE" },
    });
    const id = created.data?.registerPatient.id;
    const asManager = await callSubgraph(service.url, `query($id: ID!) { patient(id: $id) { id mrn } }`, { id }, testIdentity("manager"));
    expect(asManager.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const asScheduler = await callSubgraph(
      service.url,
      `query($id: ID!) { patient(id: $id) { id mrn birthDate } }`,
      { id },
      testIdentity("scheduler"),
    );
    expect(asScheduler.errors).toBeUndefined();
    const [row] = await service.orm.em
      .fork()
      .getConnection()
      .execute<
        { fields: string[] }[]
      >(`select fields from phi_access_log where patient_id = ? and action = 'read' order by id desc limit 1`, [id]);
    expect(row?.fields).toEqual(["birthDate", "id", "mrn"]);
  });

  it("rejects a malformed MRN, an unknown enum value, oversized names and unknown ids, writing nothing", async () => {
    const before = await countRows("patient");
    const valid = { familyName: "Valid", givenName: "Val", birthDate: "1990-05-05", administrativeSex: "FEMALE" };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, mrn: "12-AB" }, "input.mrn: MRN must be up to 3 letters followed by 6 to 10 digits"],
      [{ ...valid, administrativeSex: "ROBOT" }, "AdministrativeSex"],
      [{ ...valid, familyName: "x".repeat(101) }, "input.familyName: must be at most 100 characters"],
      [{ ...valid, email: "not-an-email" }, "input.email: must be an email address"],
    ];
    for (const [input, message] of cases) {
      const response = await callSubgraph(service.url, register, { input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const byMrn = await callSubgraph(service.url, `{ patientByMrn(mrn: "no such mrn") { id } }`);
    expect(byMrn.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await callSubgraph(
      service.url,
      `mutation { updatePatient(id: "00000000-0000-0000-0000-000000000000", input: { phone: "+1 555 123 4567" }) { id } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.errors?.[0]?.message).toBe("Patient 00000000-0000-0000-0000-000000000000 was not found.");
    expect(await countRows("patient")).toBe(before);
    expect(await countRows("phi_access_log where action <> 'read'")).toBe(before);
  });
});
