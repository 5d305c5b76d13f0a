import { equipmentDataModel } from "@gantry/equipment/subgraph";
import { expectMigrationsMatchEntities } from "@gantry/testing/schema-drift";
import { test } from "vitest";

test("the committed migrations build every table, column and unique rule the equipment entities map", async () => {
  await expectMigrationsMatchEntities(equipmentDataModel);
});
