import { tableFingerprints } from "@gantry/testing/table-contents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../test/staff-service.ts";
import { seedStaffDemoData } from "./seed-staff.ts";

const today = "2026-11-23";
const tables = ["staff_member", "credential", "competency", "continuing_education", "shift"];

let first: TestStaffService;
let second: TestStaffService;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestStaffService(), startTestStaffService()]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

describe("staff demo seed", () => {
  it("builds the same department every time, and a second run changes nothing", async () => {
    const summary = await seedStaffDemoData(first.orm, { today });
    expect(summary).toMatch(/^150 people/);
    const total = (await Promise.all(tables.map((table) => first.count(table)))).reduce((sum, count) => sum + count, 0);
    expect(summary).toContain(`(${total} rows new)`);
    await seedStaffDemoData(second.orm, { today });
    const printed = await tableFingerprints(first.orm, tables);
    expect(await tableFingerprints(second.orm, tables)).toEqual(printed);

    const counts = await Promise.all(tables.map((table) => first.count(table)));
    expect(await seedStaffDemoData(first.orm, { today })).toMatch(/\(0 rows new\)$/);
    expect(await Promise.all(tables.map((table) => first.count(table)))).toEqual(counts);
    expect(await tableFingerprints(first.orm, tables)).toEqual(printed);
  });

  it("adds the new days' rota when seeded again on a later day, without double-booking anyone", async () => {
    const shiftsBefore = await first.count("shift");
    const summary = await seedStaffDemoData(first.orm, { today: "2026-12-02" });
    expect(summary).not.toMatch(/\(0 rows new\)$/);
    expect(await first.count("shift")).toBeGreaterThan(shiftsBefore);
  });

  it("gives the screens something to show: every role, expiring and unverified credentials, this week's rota, gaps", async () => {
    const roles = await first.call<{ staffDirectory: { totalCount: number } }>(
      `{ staffDirectory(role: RADIOLOGIST, active: null) { totalCount } }`,
    );
    expect(roles.data?.staffDirectory.totalCount).toBe(20);
    const expiring = await first.call<{ credentialsExpiring: { band: string }[] }>(
      `query ($asOf: Date) { credentialsExpiring(withinDays: 90, asOf: $asOf, includeExpired: true) { band } }`,
      { asOf: today },
    );
    const bands = new Set(expiring.data?.credentialsExpiring.map((row) => row.band));
    expect([...bands].sort()).toEqual(["EXPIRED", "WITHIN_30_DAYS", "WITHIN_60_DAYS", "WITHIN_90_DAYS"]);
    expect(await first.count("credential where verification = 'unverified'")).toBeGreaterThan(0);

    const onShift = await first.call<{ onShift: unknown[] }>(`query ($at: DateTime) { onShift(modality: CT, at: $at) { id } }`, {
      at: `${today}T12:00:00Z`,
    });
    expect(onShift.data?.onShift.length).toBeGreaterThan(0);
    const gaps = await first.call<{ coverageGaps: { modality: string }[] }>(
      `query ($from: Date!, $to: Date!) { coverageGaps(from: $from, to: $to) { modality hours } }`,
      {
        from: today,
        to: "2026-11-29",
      },
    );
    expect(gaps.errors).toBeUndefined();
    // Mammography closes at the weekend, so at least its Saturday and Sunday are gaps.
    expect(gaps.data?.coverageGaps.some((gap) => gap.modality === "MG")).toBe(true);
  });
});
