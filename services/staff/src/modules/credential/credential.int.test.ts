import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
beforeAll(async () => {
  service = await startTestStaffService();
});
afterAll(async () => {
  await service.stop();
});

const addCredential = /* GraphQL */ `
  mutation ($input: AddCredentialInput!) {
    addCredential(input: $input) {
      id
      kind
      verification
      expiresOn
      qualifiesFor
    }
  }
`;
const verify = /* GraphQL */ `
  mutation ($id: ID!) {
    recordCredentialVerification(id: $id, outcome: VERIFIED) {
      verification
      verifiedBy
      verifiedAt
    }
  }
`;
const assess = /* GraphQL */ `
  mutation ($input: RecordCompetencyAssessmentInput!) {
    recordCompetencyAssessment(input: $input) {
      id
      result
    }
  }
`;

async function credential(staffMemberId: string, kind: string, issuedOn: string, expiresOn: string, verified = true): Promise<string> {
  const added = await service.call<{ addCredential: { id: string } }>(addCredential, {
    input: { staffMemberId, kind, number: `N-${kind}-${expiresOn}`, issuer: "ARRT", issuedOn, expiresOn },
  });
  expect(added.errors).toBeUndefined();
  const id = added.data?.addCredential.id as string;
  if (verified) expect((await service.call(verify, { id })).errors).toBeUndefined();
  return id;
}

async function competency(
  staffMemberId: string,
  modality: string,
  result = "PASSED",
  assessedOn = "2026-01-10",
  nextDueOn: string | null = "2027-01-10",
): Promise<void> {
  const response = await service.call(assess, { input: { staffMemberId, modality, assessedOn, result, nextDueOn } });
  expect(response.errors).toBeUndefined();
}

describe("credentials", () => {
  it("lists expiring credentials exactly at the 90/60/30-day edges, most urgent first", async () => {
    const asOf = "2026-06-01";
    const member = await service.addStaffMember({ familyName: "Edge" });
    // Days left from asOf: 30, 31, 60, 61, 90, 91, and already expired (-1).
    const expiries = {
      "2026-07-01": 30,
      "2026-07-02": 31,
      "2026-07-31": 60,
      "2026-08-01": 61,
      "2026-08-30": 90,
      "2026-08-31": 91,
      "2026-05-31": -1,
    };
    for (const expiresOn of Object.keys(expiries)) await credential(member, "BLS", "2024-01-01", expiresOn, false);

    const query = `query ($days: Int!, $asOf: Date, $expired: Boolean) {
      credentialsExpiring(withinDays: $days, asOf: $asOf, includeExpired: $expired) { daysLeft band credential { expiresOn } staffMember { id } }
    }`;
    type Answer = {
      credentialsExpiring: { daysLeft: number; band: string; credential: { expiresOn: string }; staffMember: { id: string } }[];
    };
    const within = async (days: number, expired = false) => {
      const response = await service.call<Answer>(query, { days, asOf, expired }, "scheduler");
      expect(response.errors).toBeUndefined();
      return (response.data?.credentialsExpiring ?? []).filter((row) => row.staffMember.id === member);
    };

    expect((await within(30)).map((row) => row.daysLeft)).toEqual([30]);
    expect((await within(60)).map((row) => row.daysLeft)).toEqual([30, 31, 60]);
    const ninety = await within(90);
    expect(ninety.map((row) => [row.daysLeft, row.band])).toEqual([
      [30, "WITHIN_30_DAYS"],
      [31, "WITHIN_60_DAYS"],
      [60, "WITHIN_60_DAYS"],
      [61, "WITHIN_90_DAYS"],
      [90, "WITHIN_90_DAYS"],
    ]);
    expect((await within(91)).map((row) => row.credential.expiresOn).at(-1)).toBe("2026-08-31");
    expect((await within(90, true)).map((row) => [row.daysLeft, row.band])[0]).toEqual([-1, "EXPIRED"]);
    expect((await within(0)).length).toBe(0);
  });

  it("counts as credentialed only with a verified, unexpired, qualifying credential and a current passing competency", async () => {
    const on = "2026-03-15";
    const ready = await service.addStaffMember({ familyName: "Ready" });
    await credential(ready, "ARRT_CT", "2020-01-01", "2026-12-31");
    await competency(ready, "CT");

    const expired = await service.addStaffMember({ familyName: "Expired" });
    await credential(expired, "ARRT_CT", "2020-01-01", "2026-03-14");
    await competency(expired, "CT");

    const unverified = await service.addStaffMember({ familyName: "Unverified" });
    await credential(unverified, "ARRT_CT", "2020-01-01", "2026-12-31", false);
    await competency(unverified, "CT");

    const wrongKind = await service.addStaffMember({ familyName: "WrongKind" });
    await credential(wrongKind, "ARRT_MR", "2020-01-01", "2026-12-31");
    await competency(wrongKind, "CT");

    const failedLatest = await service.addStaffMember({ familyName: "FailedLatest" });
    await credential(failedLatest, "ARRT_CT", "2020-01-01", "2026-12-31");
    await competency(failedLatest, "CT", "PASSED", "2025-06-01", "2026-06-01");
    await competency(failedLatest, "CT", "FAILED", "2026-02-01", null);

    const pastDue = await service.addStaffMember({ familyName: "PastDue" });
    await credential(pastDue, "ARRT_CT", "2020-01-01", "2026-12-31");
    await competency(pastDue, "CT", "PASSED", "2025-01-01", "2026-03-14");

    const lastValidDay = await service.addStaffMember({ familyName: "LastDay" });
    await credential(lastValidDay, "ARRT_CT", "2020-01-01", on);
    await competency(lastValidDay, "CT", "PASSED", "2026-01-01", on);

    const response = await service.call<{ staffCredentialedFor: { id: string; name: { family: string } }[] }>(
      `query ($on: Date) { staffCredentialedFor(modality: CT, on: $on) { id name { family } } }`,
      { on },
      "scheduler",
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.staffCredentialedFor.map((member) => member.name.family).sort()).toEqual(["LastDay", "Ready"]);

    const mr = await service.call<{ staffCredentialedFor: { id: string }[] }>(
      `query ($on: Date) { staffCredentialedFor(modality: MR, on: $on) { id } }`,
      { on },
    );
    expect(mr.data?.staffCredentialedFor.map((member) => member.id)).not.toContain(wrongKind);

    // The period question answers, per day, exactly what the one-day question answers (credentials
    // and competencies lapse inside this week: PastDue on the 14th, LastDay after the 15th).
    const during = await service.call<{ staffCredentialedDuring: { staffMember: { id: string }; days: string[] }[] }>(
      `{ staffCredentialedDuring(modality: CT, from: "2026-03-12", to: "2026-03-18") { staffMember { id } days } }`,
      {},
      "scheduler",
    );
    expect(during.errors).toBeUndefined();
    for (const day of ["2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15", "2026-03-16", "2026-03-17", "2026-03-18"]) {
      const oneDay = await service.call<{ staffCredentialedFor: { id: string }[] }>(
        `query ($on: Date) { staffCredentialedFor(modality: CT, on: $on) { id } }`,
        { on: day },
      );
      const perDay = during.data?.staffCredentialedDuring.filter((entry) => entry.days.includes(day)).map((entry) => entry.staffMember.id);
      expect(perDay?.sort(), day).toEqual(oneDay.data?.staffCredentialedFor.map((member) => member.id).sort());
    }
    expect(during.data?.staffCredentialedDuring.find((entry) => entry.staffMember.id === lastValidDay)?.days.at(-1)).toBe(on);
    const tooLong = await service.call(`{ staffCredentialedDuring(modality: CT, from: "2026-03-01", to: "2026-04-15") { days } }`, {});
    expect(tooLong.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    const table = await service.call<{ credentialQualifications: { kind: string; modality: string }[] }>(
      `{ credentialQualifications { kind modality } }`,
      {},
      "scheduler",
    );
    expect(table.data?.credentialQualifications).toContainEqual({ kind: "ARRT_CT", modality: "CT" });
    expect(table.data?.credentialQualifications.filter((row) => row.kind === "ARRT_MR").map((row) => row.modality)).toEqual(["MR"]);
  });

  it("records who verified a credential and when, and a renewal needs verifying again", async () => {
    const member = await service.addStaffMember();
    const id = await credential(member, "ARRT_R", "2024-01-01", "2026-12-31", false);
    const verified = await service.call<{ recordCredentialVerification: { verification: string; verifiedBy: string; verifiedAt: string } }>(
      verify,
      { id },
    );
    expect(verified.data?.recordCredentialVerification).toMatchObject({ verification: "VERIFIED", verifiedBy: "Test coordinator" });
    expect(verified.data?.recordCredentialVerification.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const renew = `mutation ($id: ID!, $input: RenewCredentialInput!) { renewCredential(id: $id, input: $input) { expiresOn verification verifiedBy } }`;
    const renewed = await service.call<{ renewCredential: { expiresOn: string; verification: string; verifiedBy: string | null } }>(renew, {
      id,
      input: { issuedOn: "2026-01-01", expiresOn: "2027-12-31" },
    });
    expect(renewed.data?.renewCredential).toEqual({ expiresOn: "2027-12-31", verification: "UNVERIFIED", verifiedBy: null });
    const backwards = await service.call(renew, { id, input: { issuedOn: "2026-01-01", expiresOn: "2027-06-30" } });
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets a scheduler read but not change credentials; a coordinator can", async () => {
    const member = await service.addStaffMember();
    const input = { staffMemberId: member, kind: "BLS", number: "B-1", issuer: "AHA", issuedOn: "2025-01-01", expiresOn: "2027-01-01" };
    const before = await service.count("credential");
    const asScheduler = await service.call(addCredential, { input }, "scheduler");
    expect(asScheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("credential")).toBe(before);
    const asCoordinator = await service.call(addCredential, { input }, "coordinator");
    expect(asCoordinator.errors).toBeUndefined();
    expect(await service.count("credential")).toBe(before + 1);
    const asIntegration = await service.call(`{ credentialsExpiring(withinDays: 30) { daysLeft } }`, {}, "integration");
    expect(asIntegration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses bad input with BAD_USER_INPUT and writes nothing", async () => {
    const member = await service.addStaffMember();
    const before = await service.count("credential");
    const good = { staffMemberId: member, kind: "ARRT_R", number: "R-9", issuer: "ARRT", issuedOn: "2025-01-01", expiresOn: "2027-01-01" };

    const expiryBeforeIssue = await service.call(addCredential, { input: { ...good, expiresOn: "2024-12-31" } });
    expect(expiryBeforeIssue.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(expiryBeforeIssue.errors?.[0]?.message).toContain("expiresOn");

    const unknownKind = await service.call(addCredential, { input: { ...good, kind: "ARRT_XYZ" } });
    expect(unknownKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const notADate = await service.call(addCredential, { input: { ...good, issuedOn: "2025-02-30" } });
    expect(notADate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const unknownPerson = await service.call(addCredential, { input: { ...good, staffMemberId: "00000000-0000-4000-8000-000000000000" } });
    expect(unknownPerson.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const negativeWindow = await service.call(`{ credentialsExpiring(withinDays: -1) { daysLeft } }`);
    expect(negativeWindow.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    expect(await service.count("credential")).toBe(before);
  });
});
