import { schedulingDataModel } from "@gantry/scheduling/subgraph";
import { expectMigrationsMatchEntities } from "@gantry/testing/schema-drift";
import { test } from "vitest";

test("the committed migrations build every table, column and unique rule the scheduling entities map", async () => {
  await expectMigrationsMatchEntities(schedulingDataModel);
});
