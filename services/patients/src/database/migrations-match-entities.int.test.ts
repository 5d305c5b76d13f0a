import { patientsDataModel } from "@gantry/patients/subgraph";
import { expectMigrationsMatchEntities } from "@gantry/testing/schema-drift";
import { test } from "vitest";

test("the committed migrations build every table, column and unique rule the patients entities map", async () => {
  await expectMigrationsMatchEntities(patientsDataModel);
});
