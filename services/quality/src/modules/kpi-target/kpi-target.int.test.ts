import { addDays } from "@gantry/calendar/calendar";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestQualityService, type TestQualityService } from "../../../test/quality-service.ts";

let service: TestQualityService;
beforeAll(async () => {
  service = await startTestQualityService();
});
afterAll(async () => {
  await service.stop();
});

const set = /* GraphQL */ `
  mutation ($input: SetKpiTargetInput!) {
    setKpiTarget(input: $input) {
      kpi
      value
      unit
      comparison
      priority
      patientClass
      modality
      effectiveFrom
      createdBy
    }
  }
`;
const inForce = `query ($asOf: Date) { kpiTargets(asOf: $asOf) { kpi value priority patientClass modality effectiveFrom } }`;
type Target = { kpi: string; value: number; priority: string | null; patientClass: string | null; effectiveFrom: string };
const today = departmentToday();

describe("KPI targets", () => {
  it("keeps the target that applied: a new one from a later day supersedes it only from then", async () => {
    const first = await service.call<{ setKpiTarget: Target }>(
      set,
      { input: { kpi: "REPORT_TURNAROUND", value: 60, priority: "STAT", effectiveFrom: today } },
      "quality_officer",
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.setKpiTarget).toMatchObject({
      kpi: "REPORT_TURNAROUND",
      value: 60,
      unit: "MINUTES",
      comparison: "AT_MOST",
      priority: "STAT",
      patientClass: null,
      createdBy: "Test quality_officer",
    });
    const later = addDays(today, 30);
    await service.call(set, { input: { kpi: "REPORT_TURNAROUND", value: 45, priority: "STAT", effectiveFrom: later } }, "manager");
    // The whole department's target is its own scope, beside the STAT one.
    await service.call(set, { input: { kpi: "REPORT_TURNAROUND", value: 2880, effectiveFrom: today } }, "quality_officer");
    const now = await service.call<{ kpiTargets: Target[] }>(inForce, { asOf: today }, "scheduler");
    expect(now.data?.kpiTargets.map((target) => [target.priority, target.value])).toEqual([
      [null, 2880],
      ["STAT", 60],
    ]);
    const then = await service.call<{ kpiTargets: Target[] }>(inForce, { asOf: later }, "technologist");
    expect(then.data?.kpiTargets.find((target) => target.priority === "STAT")?.value).toBe(45);
    const history = await service.call<{ kpiTargetHistory: Target[] }>(`{ kpiTargetHistory(kpi: REPORT_TURNAROUND) { value } }`);
    expect(history.data?.kpiTargetHistory.map((target) => target.value)).toEqual([45, 2880, 60]);
  });

  it("refuses impossible targets and rewriting the past with BAD_USER_INPUT, a second start that day with CONFLICT; nothing written", async () => {
    await service.call(set, { input: { kpi: "NO_SHOW_RATE", value: 5, effectiveFrom: today } }, "quality_officer");
    const before = await service.count("kpi_target");
    const cases: [Record<string, unknown>, string][] = [
      [{ kpi: "NO_SHOW_RATE", value: -1, effectiveFrom: addDays(today, 1) }, "BAD_USER_INPUT"],
      [{ kpi: "NO_SHOW_RATE", value: 120, effectiveFrom: addDays(today, 1) }, "BAD_USER_INPUT"],
      [{ kpi: "NO_SHOW_RATE", value: 4, effectiveFrom: addDays(today, -1) }, "BAD_USER_INPUT"],
      [{ kpi: "NO_SHOW_RATE", value: 4, effectiveFrom: "2026-02-30" }, "BAD_USER_INPUT"],
      [{ kpi: "NO_SHOW_RATE", value: 4, effectiveFrom: today }, "CONFLICT"],
    ];
    for (const [input, code] of cases) {
      const answer = await service.call(set, { input }, "quality_officer");
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    }
    expect(await service.count("kpi_target")).toBe(before);
  });

  it("lets quality officers and managers set targets, every department role read them, an integration neither", async () => {
    const input = { kpi: "WAIT", value: 30, effectiveFrom: addDays(today, 2) };
    for (const role of ["coordinator", "technologist", "scheduler"] as const) {
      const answer = await service.call(set, { input }, role);
      expect(answer.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect((await service.call(inForce, {}, "integration")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const definitions = await service.call<{ kpiDefinitions: { kpi: string; unit: string }[] }>(
      `{ kpiDefinitions { kpi unit } }`,
      {},
      "radiologist",
    );
    expect(definitions.data?.kpiDefinitions).toHaveLength(10);
    expect(definitions.data?.kpiDefinitions).toContainEqual({ kpi: "SCANNER_UTILIZATION", unit: "PERCENT" });
  });
});
