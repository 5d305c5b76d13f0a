import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestQualityService, type TestQualityService } from "../../test/quality-service.ts";
import { seedQualityDemoData } from "./seed-quality.ts";

let service: TestQualityService;
beforeAll(async () => {
  service = await startTestQualityService();
});
afterAll(async () => {
  await service.stop();
});

describe("quality demo seed", () => {
  it("loads the department's starting targets once, in force from a year ago: a second run changes nothing", async () => {
    expect(await seedQualityDemoData(service.orm, { today: "2026-11-23" })).toBe("14 KPI targets (14 rows new)");
    expect(await seedQualityDemoData(service.orm, { today: "2026-11-24" })).toBe("14 KPI targets (0 rows new)");
    const inForce = await service.call<{ kpiTargets: { kpi: string; value: number; priority: string | null }[] }>(
      `query ($asOf: Date) { kpiTargets(asOf: $asOf) { kpi value priority } }`,
      { asOf: "2026-01-01" },
    );
    expect(inForce.data?.kpiTargets).toHaveLength(14);
    expect(inForce.data?.kpiTargets).toContainEqual({ kpi: "REPORT_TURNAROUND", value: 60, priority: "STAT" });
    const before = await service.call<{ kpiTargets: unknown[] }>(`{ kpiTargets(asOf: "2025-11-01") { kpi } }`);
    expect(before.data?.kpiTargets).toEqual([]);
  });
});
