import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTest{{area.pascal}}Service, type Test{{area.pascal}}Service } from "../../test/{{area.kebab}}-service.ts";
import { seed{{area.pascal}}DemoData } from "./seed-{{area.kebab}}.ts";

let service: Test{{area.pascal}}Service;
beforeAll(async () => {
  service = await startTest{{area.pascal}}Service();
});
afterAll(async () => {
  await service.stop();
});

describe("{{area.phrase}} demo seed", () => {
  it("loads the demo data once: a second run changes nothing", async () => {
    expect(await seed{{area.pascal}}DemoData(service.orm, { today: "2026-11-23" })).toBe("2 notes (2 rows new)");
    expect(await seed{{area.pascal}}DemoData(service.orm, { today: "2026-11-24" })).toBe("2 notes (0 rows new)");
    expect(await service.count("{{note.table}}")).toBe(2);
  });
});
