import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedReads, registerTestPatient, startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let survivorId: string;
let duplicateId: string;
const reason = "Twin registration at radiology desk 3, same insurance card";
beforeAll(async () => {
  service = await startTestPatientsService();
  survivorId = await registerTestPatient(service, "Classified");
  duplicateId = await registerTestPatient(service, "Classified");
  const merged = await callSubgraph(
    service.url,
    `mutation ($survivorId: ID!, $duplicateId: ID!, $reason: String!) { mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: $reason) { id } }`,
    { survivorId, duplicateId, reason },
  );
  if (merged.errors) throw new Error(JSON.stringify(merged.errors));
});
afterAll(async () => {
  await service.stop();
});

/** Another area's reference by id: resolves for any role, so each field's own guard is what answers. */
function readByReference(id: string, selection: string, role: Parameters<typeof testIdentity>[0]) {
  return callSubgraph<{ _entities: (Record<string, unknown> | null)[] }>(
    service.url,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { ${selection} } } }`,
    { representations: [{ __typename: "Patient", id }] },
    testIdentity(role),
  );
}

describe("patient fields tied to a person", () => {
  it.each(["createdAt", "updatedAt", "mergedInto { id }"])("refuses %s without phi:read", async (selection) => {
    const refused = await readByReference(duplicateId, `id ${selection}`, "manager");
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.path).toEqual(["_entities", 0, selection.split(" ")[0]]);
    const open = await readByReference(duplicateId, "id active", "manager");
    expect(open.data?._entities).toEqual([{ id: duplicateId, active: false }]);
  });

  it("logs reads of the record's dates and of the record it was merged into", async () => {
    const read = await readByReference(duplicateId, "createdAt updatedAt mergedInto { id }", "quality_officer");
    expect(read.errors).toBeUndefined();
    expect(read.data?._entities[0]?.mergedInto).toEqual({ id: survivorId });
    expect((await loggedReads(service, duplicateId))[0]).toEqual({
      fields: ["createdAt", "mergedInto", "updatedAt"],
      actor_subject: "test:quality_officer",
    });
  });
});

describe("merge reasons", () => {
  const accessLog = `query ($id: ID!) { accessLog(filter: { patientId: $id }) { nodes { action fields } } }`;

  it("never show in the access log, which roles without PHI access read", async () => {
    for (const id of [survivorId, duplicateId]) {
      const log = await callSubgraph<{ accessLog: { nodes: { action: string; fields: string[] }[] } }>(
        service.url,
        accessLog,
        { id },
        testIdentity("manager"),
      );
      expect(log.errors).toBeUndefined();
      const merges = log.data?.accessLog.nodes.filter((entry) => entry.action === "MERGE") ?? [];
      expect(merges).toHaveLength(1);
      expect(JSON.stringify(log.data)).not.toContain("insurance card");
      expect(merges[0]?.fields.some((field) => field.includes(":"))).toBe(false);
    }
  });

  it("cuts the reason and the other record out of merge entries written before they were classified", async () => {
    await service.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
         values (now(), 'test:scheduler', 'Old entry', '{scheduler}', ?, 'merge', ?, 'operations', 'old-request')`,
        [survivorId, `{"absorbed:${duplicateId}","reason:Old reason, patient's sister"}`],
      );
    const log = await callSubgraph<{ accessLog: { nodes: { action: string; fields: string[] }[] } }>(
      service.url,
      accessLog,
      { id: survivorId },
      testIdentity("administrator"),
    );
    expect(log.data?.accessLog.nodes[0]).toEqual({ action: "MERGE", fields: ["absorbed", "reason"] });
  });

  it("are refused without phi:read and logged for both records when read", async () => {
    const refused = await callSubgraph(
      service.url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { mergeHistory { reason } } } }`,
      { representations: [{ __typename: "Patient", id: survivorId }] },
      testIdentity("manager"),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const read = await callSubgraph<{ patient: { mergeHistory: { reason: string }[] } }>(
      service.url,
      `query ($id: ID!) { patient(id: $id) { mergeHistory { reason } } }`,
      { id: survivorId },
      testIdentity("radiologist"),
    );
    expect(read.data?.patient.mergeHistory).toEqual([{ reason }]);
    expect((await loggedReads(service, survivorId))[0]).toEqual({
      fields: ["id", "mergeHistory", "mergeReason"],
      actor_subject: "test:radiologist",
    });
    expect((await loggedReads(service, duplicateId))[0]).toEqual({ fields: ["mergeReason"], actor_subject: "test:radiologist" });
  });
});
