import { describe, expect, it } from "vitest";
import { checkName, nameForms } from "./names.ts";
import { areaPlan, moduleNameProblem, modulePlan } from "./plan.ts";

describe("generated names", () => {
  it("spells one area name every way the area needs", () => {
    expect(nameForms("radiology-reading")).toEqual({
      kebab: "radiology-reading",
      camel: "radiologyReading",
      pascal: "RadiologyReading",
      snake: "radiology_reading",
      upperSnake: "RADIOLOGY_READING",
      words: "Radiology reading",
      phrase: "radiology reading",
    });
    const plan = areaPlan("radiology-reading", 4005, new Date("2026-12-01T09:30:05Z"));
    expect(plan).toMatchObject({ port: 4005, database: "gantry_radiology_reading", team: "@gantry/radiology-reading-team" });
    // Every generated area has a note module: its GraphQL names carry the area so two areas compose.
    expect(plan.note).toMatchObject({
      type: "RadiologyReadingNote",
      listField: "radiologyReadingNotes",
      addField: "addRadiologyReadingNote",
    });
    expect(plan.note.migrationName).toBe("Migration20261201093005_note");
  });

  it("names a module's fields, manager, actions and table from its name", () => {
    expect(modulePlan("tryout", "study")).toMatchObject({
      type: "Study",
      listField: "studies",
      manager: "studies",
      readAction: "readStudies",
      addAction: "addStudy",
      table: "study",
    });
  });

  it("refuses names that area.json, the kit or the area already use", () => {
    expect(checkName("Radiology_reading", "The area name")).toMatch(/lower-case words/);
    expect(checkName("reading--room", "The area name")).toMatch(/single dashes/);
    expect(moduleNameProblem(modulePlan("tryout", "event"))).toMatch(/context.events/);
    expect(moduleNameProblem(modulePlan("tryout", "permissions"))).toMatch(/already has/);
  });
});
