import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, registerTestPatient, startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
beforeAll(async () => {
  service = await startTestPatientsService();
});
afterAll(async () => {
  await service.stop();
});

const technologist = testIdentity("technologist");
const merge = /* GraphQL */ `
  mutation ($survivorId: ID!, $duplicateId: ID!, $reason: String!) {
    mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: $reason) {
      id
      coverages {
        id
      }
      priorAuthorizations {
        id
      }
      safetyScreenings {
        id
      }
      consents {
        id
      }
      priorStudyRequests {
        id
      }
      mergeHistory {
        reason
        mergedBy {
          subject
        }
        duplicate {
          id
          active
          mergedInto {
            id
          }
        }
        movedRecords {
          coverages
          priorAuthorizations
          safetyScreenings
          consents
          priorStudyRequests
        }
      }
    }
  }
`;
const recordTables = ["coverage", "prior_authorization", "safety_screening", "consent", "prior_study_request"];

/** Files one record of every kind under a patient, through the API. */
async function fileRecords(patientId: string): Promise<void> {
  const calls: [string, Record<string, unknown>, ReturnType<typeof testIdentity>?][] = [
    [
      `mutation ($input: AddCoverageInput!) { addCoverage(input: $input) { id } }`,
      { input: { patientId, payer: "Acme Health", memberId: "A-1", subscriberRelation: "SELF" } },
    ],
    [
      `mutation ($input: RequestPriorAuthorizationInput!) { requestPriorAuthorization(input: $input) { id } }`,
      { input: { patientId, orderReference: `ACC-${patientId.slice(0, 8)}`, procedureCode: "CT-HEAD" } },
    ],
    [
      `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      { input: { patientId, latexAllergy: false } },
      technologist,
    ],
    [
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      { input: { patientId, kind: "PRIVACY_NOTICE", signedAt: "2026-11-01T10:00:00Z", signedBy: { name: "Self", relationship: "SELF" } } },
    ],
    [
      `mutation ($input: RequestPriorStudiesInput!) { requestPriorStudies(input: $input) { id } }`,
      { input: { patientId, facility: "Elsewhere" } },
    ],
  ];
  for (const [query, variables, identity] of calls) {
    const response = await callSubgraph(service.url, query, variables, identity);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
}

async function recordsOf(patientId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of recordTables) counts[table] = await countRows(service, table, "patient_id = ?", [patientId]);
  return counts;
}

interface MergedSurvivor {
  id: string;
  coverages: { id: string }[];
  mergeHistory: {
    reason: string;
    mergedBy: { subject: string };
    duplicate: { id: string; active: boolean; mergedInto: { id: string } };
    movedRecords: Record<string, string[]>;
  }[];
}

describe("merging duplicate patients", () => {
  it("moves every record of the duplicate to the survivor and keeps the trail", async () => {
    const survivorId = await registerTestPatient(service, "Mergesurvivor");
    const duplicateId = await registerTestPatient(service, "Mergeduplicate");
    await fileRecords(survivorId);
    await fileRecords(duplicateId);
    const duplicateCoverages = await service.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from coverage where patient_id = ?`, [duplicateId]);

    const response = await callSubgraph<{ mergePatients: MergedSurvivor }>(service.url, merge, {
      survivorId,
      duplicateId,
      reason: "Same person registered twice at two desks",
    });
    expect(response.errors).toBeUndefined();
    const survivor = response.data?.mergePatients;
    expect(survivor?.coverages).toHaveLength(2);
    expect(await recordsOf(duplicateId)).toEqual({
      coverage: 0,
      prior_authorization: 0,
      safety_screening: 0,
      consent: 0,
      prior_study_request: 0,
    });
    expect(await recordsOf(survivorId)).toEqual({
      coverage: 2,
      prior_authorization: 2,
      safety_screening: 2,
      consent: 2,
      prior_study_request: 2,
    });

    const [trail] = survivor?.mergeHistory ?? [];
    expect(trail?.reason).toBe("Same person registered twice at two desks");
    expect(trail?.mergedBy.subject).toBe("test:scheduler");
    expect(trail?.duplicate).toEqual({ id: duplicateId, active: false, mergedInto: { id: survivorId } });
    expect(trail?.movedRecords.coverages).toEqual(duplicateCoverages.map((row) => row.id));
    expect(Object.values(trail?.movedRecords ?? {}).map((ids) => ids.length)).toEqual([1, 1, 1, 1, 1]);

    const logged = await service.orm.em
      .fork()
      .getConnection()
      .execute<
        { patient_id: string; actor_subject: string }[]
      >(`select patient_id, actor_subject from phi_access_log where action = 'merge' and patient_id in (?, ?)`, [survivorId, duplicateId]);
    expect(logged.map((row) => row.patient_id).sort()).toEqual([survivorId, duplicateId].sort());

    const refiled = await callSubgraph(
      service.url,
      `mutation ($id: ID!) { requestPriorStudies(input: { patientId: $id, facility: "Late" }) { id } }`,
      { id: duplicateId },
    );
    expect(refiled.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await expect(service.orm.em.fork().getConnection().execute(`delete from patient_merge`)).rejects.toThrow(/append-only/);
  });

  it("moves nothing when the merge fails part-way", async () => {
    const survivorId = await registerTestPatient(service, "Atomicsurvivor");
    const duplicateId = await registerTestPatient(service, "Atomicduplicate");
    await fileRecords(duplicateId);
    // Someone else's merge of the same duplicate committed first: our trail insert hits the unique key after the moves.
    await service.orm.em
      .fork()
      .getConnection()
      .execute(`insert into patient_merge values (gen_random_uuid(), ?, ?, 'concurrent', now(), 'test:other', 'Other', '{}')`, [
        survivorId,
        duplicateId,
      ]);
    const mergesBefore = await countRows(service, "patient_merge");

    const response = await callSubgraph(service.url, merge, { survivorId, duplicateId, reason: "Same person" });
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await recordsOf(duplicateId)).toEqual({
      coverage: 1,
      prior_authorization: 1,
      safety_screening: 1,
      consent: 1,
      prior_study_request: 1,
    });
    expect(await countRows(service, "patient", "id = ? and merged_into_id is null and active", [duplicateId])).toBe(1);
    expect(await countRows(service, "patient_merge")).toBe(mergesBefore);
  });

  it("refuses bad merges and merges by other roles, writing nothing", async () => {
    const survivorId = await registerTestPatient(service, "Refusedsurvivor");
    const duplicateId = await registerTestPatient(service, "Refusedduplicate");
    await fileRecords(duplicateId);
    const cases: [Record<string, unknown>, ReturnType<typeof testIdentity>, string, string][] = [
      [
        { survivorId, duplicateId, reason: "ok" },
        testIdentity("scheduler"),
        "BAD_USER_INPUT",
        "reason: say why the records are the same person",
      ],
      [
        { survivorId, duplicateId: survivorId, reason: "Same person" },
        testIdentity("scheduler"),
        "BAD_USER_INPUT",
        "cannot be merged into itself",
      ],
      [
        { survivorId, duplicateId: "00000000-0000-0000-0000-000000000000", reason: "Same person" },
        testIdentity("scheduler"),
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found.",
      ],
      [
        { survivorId, duplicateId, reason: "Same person" },
        technologist,
        "FORBIDDEN",
        "Merging patients is limited to: scheduler, coordinator",
      ],
      [{ survivorId, duplicateId, reason: "Same person" }, testIdentity("integration"), "FORBIDDEN", "Merging patients"],
    ];
    const mergesBefore = await countRows(service, "patient_merge");
    for (const [variables, identity, code, message] of cases) {
      const response = await callSubgraph(service.url, merge, variables, identity);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    expect(await countRows(service, "patient_merge")).toBe(mergesBefore);
    expect(await recordsOf(duplicateId)).toEqual({
      coverage: 1,
      prior_authorization: 1,
      safety_screening: 1,
      consent: 1,
      prior_study_request: 1,
    });
  });
});
