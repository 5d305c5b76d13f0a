import { roles, type Role } from "@gantry/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
let staffMemberId: string;
beforeAll(async () => {
  service = await startTestStaffService();
  staffMemberId = await service.addStaffMember();
});
afterAll(async () => {
  await service.stop();
});

let hour = 0;
/** One attempt per catalogue action, as its role would make it; each a fresh, valid request. */
const attempts: Record<string, () => [string, Record<string, unknown>]> = {
  readDirectory: () => [`{ staffDirectory(first: 1) { totalCount } }`, {}],
  addStaffMember: () => [
    `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
    { input: { employeeId: `P${Date.now() % 1_000_000}${hour++}`, familyName: "Okoye", givenName: "Ada", role: "NURSE" } },
  ],
  manageShifts: () => {
    hour += 30;
    const startsAt = new Date(Date.UTC(2027, 0, 1) + hour * 3_600_000);
    return [
      `mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`,
      { input: { staffMemberId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 8 * 3_600_000).toISOString() } },
    ];
  },
  logContinuingEducation: () => [
    `mutation ($input: LogContinuingEducationInput!) { logContinuingEducation(input: $input) { id } }`,
    { input: { staffMemberId, title: "Dose reduction", category: "A", credits: 1, completedOn: "2026-01-05" } },
  ],
};

/** Not an API operation: the shell lists Staff in navigation to every department role (area.json's remote.roles before). */
const opensTheArea: readonly Role[] = roles.filter((role) => role !== "integration");

describe("the staff permission catalogue", () => {
  it.each([...roles])("tells %s exactly what the API then lets them do", async (role: Role) => {
    const answer = await service.call<{ staffPermissions: { action: string; allowed: boolean }[] }>(
      `{ staffPermissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    const allowed = new Map(answer.data?.staffPermissions.map((entry) => [entry.action, entry.allowed]));
    expect([...allowed.keys()]).toEqual(expect.arrayContaining([...Object.keys(attempts), "openArea"]));
    expect(allowed.get("openArea")).toBe(opensTheArea.includes(role));
    for (const [action, attempt] of Object.entries(attempts)) {
      const [query, variables] = attempt();
      const response = await service.call(query, variables, role);
      const refused = response.errors?.[0]?.extensions?.code === "FORBIDDEN";
      expect({ action, refused }).toEqual({ action, refused: !allowed.get(action) });
      if (!refused) expect(response.errors, `${role} ${action}`).toBeUndefined();
    }
  });

  it("gives managers and administrators the shift actions the API allows them", async () => {
    for (const role of ["manager", "administrator"] as const) {
      const answer = await service.call<{ staffPermissions: { action: string; allowed: boolean }[] }>(
        `{ staffPermissions { action allowed } }`,
        {},
        role,
      );
      expect(answer.data?.staffPermissions.find((entry) => entry.action === "manageShifts")?.allowed).toBe(true);
    }
  });

  it("says who may open the area, in words", async () => {
    const answer = await service.call<{ staffPermissions: { action: string; who: string }[] }>(
      `{ staffPermissions { action who } }`,
      {},
      "integration",
    );
    expect(answer.data?.staffPermissions.find((entry) => entry.action === "openArea")?.who).toBe(
      "scheduler, technologist, radiologist, coordinator, manager, quality_officer or administrator",
    );
    expect(answer.data?.staffPermissions.find((entry) => entry.action === "readDirectory")?.who).toBe(
      "scheduler, technologist, radiologist, coordinator, manager, quality_officer or administrator; integration with staff:read",
    );
  });
});
