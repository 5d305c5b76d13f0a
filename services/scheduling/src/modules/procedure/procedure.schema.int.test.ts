import { migrationDrift } from "@gantry/testing/schema-drift";
import { expect, test } from "vitest";
import { migrations } from "../../database/migrations.ts";
import { ProcedureDurationSchema, ProcedureSchema } from "./procedure.entity.ts";

// The area's migrations-match-entities test covers every module; this one names the catalogue's
// own entities, so a drift here is found while the rest of the area is still being built.
test("the committed migration builds every column and unique rule the catalogue's entities map", async () => {
  const drift = await migrationDrift({ database: "gantry_scheduling", entities: [ProcedureSchema, ProcedureDurationSchema], migrations });
  expect(drift).toEqual([]);
});
