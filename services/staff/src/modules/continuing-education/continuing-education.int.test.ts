import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
beforeAll(async () => {
  service = await startTestStaffService();
});
afterAll(async () => {
  await service.stop();
});

const log = /* GraphQL */ `
  mutation ($input: LogContinuingEducationInput!) {
    logContinuingEducation(input: $input) {
      id
      credits
      category
      completedOn
    }
  }
`;

describe("continuing education", () => {
  it("counts an ARRT holder's credits in the current biennium against the 24 required", async () => {
    const member = await service.addStaffMember();
    const credential = await service.call(`mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`, {
      input: { staffMemberId: member, kind: "ARRT_R", number: "R-1", issuer: "ARRT", issuedOn: "2022-03-17", expiresOn: "2027-03-31" },
    });
    expect(credential.errors).toBeUndefined();
    // Biennia from the issue month: 2022-03-01..2024-02-29, 2024-03-01..2026-02-28, 2026-03-01..2028-02-29.
    const activities = [
      ["2026-02-28", 10], // previous biennium: does not count
      ["2026-03-01", 12.5],
      ["2026-05-20", 8],
    ] as const;
    for (const [completedOn, credits] of activities) {
      const response = await service.call(log, {
        input: { staffMemberId: member, title: "Radiation safety", category: "A", credits, completedOn },
      });
      expect(response.errors).toBeUndefined();
    }
    const status = await service.call<{ staffMember: { ceStatus: unknown } }>(
      `query ($id: ID!) { staffMember(id: $id) { ceStatus(asOf: "2026-06-01") { bienniumStart bienniumEnd creditsEarned creditsRequired creditsRemaining compliant } } }`,
      { id: member },
      "manager",
    );
    expect(status.errors).toBeUndefined();
    expect(status.data?.staffMember.ceStatus).toEqual({
      bienniumStart: "2026-03-01",
      bienniumEnd: "2028-02-29",
      creditsEarned: 20.5,
      creditsRequired: 24,
      creditsRemaining: 3.5,
      compliant: false,
    });
  });

  it("has no CE status for someone without an ARRT credential", async () => {
    const member = await service.addStaffMember({ role: "NURSE" });
    const status = await service.call<{ staffMember: { ceStatus: unknown } }>(
      `query ($id: ID!) { staffMember(id: $id) { ceStatus { compliant } } }`,
      { id: member },
    );
    expect(status.data?.staffMember.ceStatus).toBeNull();
  });

  it("refuses zero or negative credits and future dates with BAD_USER_INPUT, writing nothing", async () => {
    const member = await service.addStaffMember();
    const before = await service.count("continuing_education");
    for (const credits of [-2, 0]) {
      const response = await service.call(log, {
        input: { staffMemberId: member, title: "Bad", category: "A", credits, completedOn: "2026-01-10" },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toContain("credits");
    }
    const future = await service.call(log, {
      input: { staffMemberId: member, title: "Later", category: "A", credits: 1, completedOn: "2999-01-01" },
    });
    expect(future.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const scheduler = await service.call(
      log,
      { input: { staffMemberId: member, title: "Ok", category: "A", credits: 1, completedOn: "2026-01-10" } },
      "scheduler",
    );
    expect(scheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("continuing_education")).toBe(before);
  });
});
