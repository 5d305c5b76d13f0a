import type { TestPatientsService } from "../../../test/patients-service.ts";
import { countRows, usePatientsService } from "../../../test/patients-service.ts";
import "@gantry/testing/postgres";
import { MikroORM } from "@mikro-orm/postgresql";
import { describe, expect, inject, it } from "vitest";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

/**
 * Runs `during` while the service's runtime role may not append to the access log, as when the
 * log's disk is full or a grant went missing: the owner (the test server's superuser) revokes
 * INSERT, and grants it back afterwards whatever happens.
 */
async function withAccessLogUnwritable(during: () => Promise<void>): Promise<void> {
  const runtime = new URL(service.databaseUrl);
  const ownerUrl = new URL(inject("postgresServerUrl"));
  ownerUrl.pathname = runtime.pathname;
  const owner = await MikroORM.init({ clientUrl: ownerUrl.toString(), entities: [], discovery: { warnWhenNoEntities: false } });
  const role = `"${decodeURIComponent(runtime.username)}"`;
  const connection = owner.em.fork().getConnection();
  try {
    await connection.execute(`revoke insert on phi_access_log from ${role}`);
    await during();
  } finally {
    await connection.execute(`grant insert on phi_access_log to ${role}`);
    await owner.close();
  }
}

describe("when the PHI access log cannot be written", () => {
  it("withholds the patient's data from the answer and says why; answers without PHI still go out", async () => {
    const known = await service.call<{ patient: { mrn: string } }>(`query ($id: ID!) { patient(id: $id) { mrn } }`, { id: patientId });
    const mrn = known.data?.patient.mrn ?? "(unknown)";
    const entriesBefore = await countRows(service, "phi_access_log");
    await withAccessLogUnwritable(async () => {
      const read = await service.call(`query ($id: ID!) { patient(id: $id) { id mrn name { text } birthDate } }`, { id: patientId });
      expect(read.data ?? null).toBeNull();
      expect(read.errors).toEqual([
        { message: "The access could not be audited, so no patient data was returned.", extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
      for (const value of [mrn, "Testperson", "1970-01-01"]) expect(JSON.stringify(read)).not.toContain(value);

      // Nothing of the patient's is read here (id and active are @public), so nothing needs the log.
      const open = await service.call(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { id active } } }`,
        { representations: [{ __typename: "Patient", id: patientId }] },
        "manager",
      );
      expect(open.errors).toBeUndefined();
      expect(open.data).toEqual({ _entities: [{ id: patientId, active: true }] });
    });
    expect(await countRows(service, "phi_access_log")).toBe(entriesBefore);

    const after = await service.call(`query ($id: ID!) { patient(id: $id) { name { text } } }`, { id: patientId });
    expect(after.errors).toBeUndefined();
    expect(await countRows(service, "phi_access_log")).toBe(entriesBefore + 1);
  });
});
