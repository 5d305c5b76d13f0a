import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";
import { seedPatientsDemoData } from "../../seed/seed-patients.ts";

let service: TestPatientsService;
let ids: string[];
beforeAll(async () => {
  service = await startTestPatientsService();
  await seedPatientsDemoData(service.orm, { today: "2026-11-23", patients: 100 });
  const rows = await service.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from patient order by mrn`);
  ids = rows.map((row) => row.id);
});
afterAll(async () => {
  await service.stop();
});

const entities = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Patient {
        id
        mrn
        name {
          text
        }
        coverages {
          payer
        }
        currentSafetyScreening {
          id
        }
      }
    }
  }
`;

/** Statements that read a table, e.g. `from "patient"`. */
function statementsReading(table: string): string[] {
  return service.statements.filter((sql) => new RegExp(`from "?${table}"?(\\s|$)`).test(sql));
}

describe("federated Patient references", () => {
  it("resolves 100 Patient entities with one SQL query for them (and one per related list)", async () => {
    expect(ids).toHaveLength(100);
    service.statements.length = 0;
    const response = await callSubgraph<{ _entities: { id: string; mrn: string; coverages: unknown[] }[] }>(service.url, entities, {
      representations: ids.map((id) => ({ __typename: "Patient", id })),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((patient) => patient.id)).toEqual(ids);
    expect(response.data?._entities.every((patient) => patient.coverages.length === 1)).toBe(true);
    expect(statementsReading("patient")).toHaveLength(1);
    expect(statementsReading("coverage")).toHaveLength(1);
    expect(statementsReading("safety_screening")).toHaveLength(1);
  });

  it("logs the PHI read of every patient resolved, with the fields read", async () => {
    await callSubgraph(
      service.url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { birthDate } } }`,
      {
        representations: ids.slice(0, 10).map((id) => ({ __typename: "Patient", id })),
      },
      testIdentity("coordinator"),
    );
    const logged = await service.orm.em
      .fork()
      .getConnection()
      .execute<
        { patient_id: string; fields: string[] }[]
      >(`select patient_id, fields from phi_access_log where actor_subject = 'test:coordinator' and action = 'read'`);
    expect(logged.map((row) => row.patient_id).sort()).toEqual(ids.slice(0, 10).sort());
    expect(new Set(logged.map((row) => row.fields.join(",")))).toEqual(new Set(["birthDate"]));
  });
});
