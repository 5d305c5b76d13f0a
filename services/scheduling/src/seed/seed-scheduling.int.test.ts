import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { modalities } from "@gantry/subgraph-kit/modality";
import { tableFingerprints } from "@gantry/testing/table-contents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addProcedureInput, consistentProcedure } from "../modules/procedure/procedure.input.ts";
import { startTestSchedulingService, type TestSchedulingService } from "../../test/scheduling-service.ts";
import { demoProcedureId, demoProcedures, seedDemoProcedures } from "./demo-procedures.ts";
import { demoScannerId } from "./demo-schedules.ts";
import { seedSchedulingDemoData } from "./seed-scheduling.ts";

const today = "2026-12-01";

let first: TestSchedulingService;
let second: TestSchedulingService;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestSchedulingService(), startTestSchedulingService()]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

describe("scheduling demo seed", () => {
  it("builds the same catalogue every time, and a second run inserts nothing", async () => {
    expect(await seedSchedulingDemoData(first.orm, { today })).toContain(
      `${demoProcedures.length} procedures (${demoProcedures.length} new)`,
    );
    expect(await first.count("procedure")).toBe(demoProcedures.length);
    await seedSchedulingDemoData(second.orm, { today: "2027-03-15" });
    const printed = await tableFingerprints(first.orm, ["procedure"]);
    expect(await tableFingerprints(second.orm, ["procedure"])).toEqual(printed);

    expect(await seedDemoProcedures(first.orm.em.fork())).toBe(`${demoProcedures.length} procedures (0 new)`);
    expect(await seedSchedulingDemoData(first.orm, { today })).toContain("(0 new)");
    expect(await tableFingerprints(first.orm, ["procedure"])).toEqual(printed);
    expect(demoProcedureId("CT-HEAD-WO")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("keeps a procedure the department made with a demo code", async () => {
    const fresh = await startTestSchedulingService();
    try {
      const added = await fresh.call(
        `mutation { addProcedure(input: { code: "XR-CHEST-2V", name: "Our chest film", modality: XR, bodyPart: "chest", lateralityRequired: false,
          defaultMinutes: 10, contrast: NONE, priorAuthRequired: false, workloadWeight: 0.5, reportDueHours: { routine: 24, urgent: 4, asap: 2, stat: 1 } }) { id } }`,
      );
      expect(added.errors).toBeUndefined();
      expect(await seedDemoProcedures(fresh.orm.em.fork())).toBe(`${demoProcedures.length} procedures (${demoProcedures.length - 1} new)`);
      expect(await fresh.count("procedure where code = 'XR-CHEST-2V' and name = 'Our chest film'")).toBe(1);
    } finally {
      await fresh.stop();
    }
  });

  it("is a department's mix: every modality, safety screenings where they belong, and valid by the API's own rules", async () => {
    expect(demoProcedures.length).toBeGreaterThanOrEqual(75);
    expect(new Set(demoProcedures.map((procedure) => procedure.code)).size).toBe(demoProcedures.length);
    for (const modality of modalities) expect(await first.count(`procedure where modality = '${modality}'`), modality).toBeGreaterThan(0);
    expect(await first.count(`procedure where contrast = 'iv' and not ('renal-function' = any(screenings))`)).toBe(0);
    expect(await first.count(`procedure where modality = 'mr' and not ('mri-safety' = any(screenings))`)).toBe(0);
    expect(await first.count(`procedure where cpt_code is not null`)).toBe(0);
    expect(await first.count(`procedure where procedure_group = 'cardiac-mr'`)).toBeGreaterThan(0);
    expect(await first.count(`procedure where procedure_group = 'breast-biopsy'`)).toBeGreaterThan(0);
    expect(await first.count(`procedure where laterality_required`)).toBeGreaterThan(10);

    // Each demo procedure is one a coordinator could have entered through addProcedure.
    for (const procedure of demoProcedures) {
      const input = {
        ...procedure,
        modality: toGraphQLEnum(procedure.modality),
        contrast: toGraphQLEnum(procedure.contrast),
        screenings: procedure.screenings.map((screening) => toGraphQLEnum(screening)),
      };
      const parsed = addProcedureInput.safeParse(input);
      expect(parsed.error?.issues, procedure.code).toBeUndefined();
      expect(consistentProcedure.safeParse(procedure).error?.issues, procedure.code).toBeUndefined();
    }
  });
});

describe("the demo scanners' schedules", () => {
  it("opens every demo scanner, keeps STAT blocks on CT, and adds nothing on a second run", async () => {
    const fresh = await startTestSchedulingService();
    try {
      const summary = await seedSchedulingDemoData(fresh.orm, { today });
      expect(summary).toContain("opening hours for 12 scanners");
      expect(await seedSchedulingDemoData(fresh.orm, { today })).toContain("(0 rows new)");
      // As the gateway asks for a device's hours: an entity reference by the equipment area's id.
      const ct = await fresh.call<{
        _entities: { openingHours: { open: { minutes: number }[]; reserved: { forPriority: string | null }[] }[] }[];
      }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Device { openingHours(from: "2026-12-02", to: "2026-12-02") { open { minutes } reserved { forPriority } } } } }`,
        { representations: [{ __typename: "Device", id: demoScannerId("CT-2") }] },
      );
      expect(ct.errors, JSON.stringify(ct.errors)).toBeUndefined();
      const [day] = ct.data?._entities[0]?.openingHours ?? [];
      expect(day?.open.reduce((total, period) => total + period.minutes, 0)).toBe(14 * 60);
      expect(day?.reserved.map((block) => block.forPriority)).toEqual(["STAT", "STAT"]);
    } finally {
      await fresh.stop();
    }
  });
});
