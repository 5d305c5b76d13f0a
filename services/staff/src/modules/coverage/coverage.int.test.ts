import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
beforeAll(async () => {
  service = await startTestStaffService();
});
afterAll(async () => {
  await service.stop();
});

async function credentialedTechnologist(modality: string, kind: string, familyName: string): Promise<string> {
  const member = await service.addStaffMember({ familyName, modalities: [modality] });
  const added = await service.call<{ addCredential: { id: string } }>(
    `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
    {
      input: {
        staffMemberId: member,
        kind,
        number: `${kind}-${familyName}`,
        issuer: "ARRT",
        issuedOn: "2024-01-01",
        expiresOn: "2027-12-31",
      },
    },
  );
  await service.call(`mutation ($id: ID!) { recordCredentialVerification(id: $id, outcome: VERIFIED) { id } }`, {
    id: added.data?.addCredential.id,
  });
  await service.call(`mutation ($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`, {
    input: { staffMemberId: member, modality, assessedOn: "2026-01-05", result: "PASSED", nextDueOn: "2027-01-05" },
  });
  return member;
}

async function shift(staffMemberId: string, modality: string, startsAt: string, endsAt: string): Promise<void> {
  const response = await service.call(`mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`, {
    input: { staffMemberId, modality, startsAt, endsAt },
  });
  expect(response.errors).toBeUndefined();
}

describe("coverage gaps", () => {
  it("shows the department hours a modality has no credentialed technologist on shift", async () => {
    const early = await credentialedTechnologist("MR", "ARRT_MR", "Early");
    const late = await credentialedTechnologist("MR", "ARRT_MR", "Late");
    const uncredentialed = await service.addStaffMember({ familyName: "Student", modalities: ["MR"] });
    // Day 1: 07-12 and 14-19 covered; 12-14 only by someone not credentialed. Day 2: nobody.
    await shift(early, "MR", "2026-04-06T07:00:00Z", "2026-04-06T12:00:00Z");
    await shift(uncredentialed, "MR", "2026-04-06T12:00:00Z", "2026-04-06T14:00:00Z");
    await shift(late, "MR", "2026-04-06T14:00:00Z", "2026-04-06T19:00:00Z");
    // A shift starting 07:30 leaves 07:00-08:00 uncovered on day 3.
    await shift(early, "MR", "2026-04-08T07:30:00Z", "2026-04-08T19:00:00Z");

    const response = await service.call<{ coverageGaps: { modality: string; startsAt: string; endsAt: string; hours: number }[] }>(
      `{ coverageGaps(modality: MR, from: "2026-04-06", to: "2026-04-08") { modality startsAt endsAt hours } }`,
      {},
      "scheduler",
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.coverageGaps).toEqual([
      { modality: "MR", startsAt: "2026-04-06T12:00:00.000Z", endsAt: "2026-04-06T14:00:00.000Z", hours: 2 },
      { modality: "MR", startsAt: "2026-04-07T07:00:00.000Z", endsAt: "2026-04-07T19:00:00.000Z", hours: 12 },
      { modality: "MR", startsAt: "2026-04-08T07:00:00.000Z", endsAt: "2026-04-08T08:00:00.000Z", hours: 1 },
    ]);
  });

  it("refuses a backwards or too long range with BAD_USER_INPUT", async () => {
    const backwards = await service.call(`{ coverageGaps(from: "2026-04-08", to: "2026-04-06") { hours } }`);
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooLong = await service.call(`{ coverageGaps(from: "2026-01-01", to: "2026-03-01") { hours } }`);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
