import { staffDataModel } from "@gantry/staff/subgraph";
import { expectMigrationsMatchEntities } from "@gantry/testing/schema-drift";
import { test } from "vitest";

test("the committed migrations build every table, column and unique rule the staff entities map", async () => {
  await expectMigrationsMatchEntities(staffDataModel);
});
