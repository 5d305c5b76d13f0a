import { openDatabase } from "@gantry/database/orm";
import { entitySchemaDrift } from "@gantry/database/schema-drift";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { expect } from "vitest";
import { createTestDatabaseAccess } from "./postgres.ts";

/**
 * Where an area's entities and its committed migrations disagree (see entitySchemaDrift for what
 * counts): a fresh database built by the migrations as its owner, as a service's start builds it.
 * The schema is never synced from the entities, so a property added without a migration would
 * otherwise surface as the first request's SQL error.
 */
export async function migrationDrift(model: SubgraphDataModel): Promise<string[]> {
  const access = await createTestDatabaseAccess(model.database);
  const ownerUrl = access.migrationUrl ?? access.url;
  // The owner introspects: the runtime role would not see tables it has no grant on.
  const owner = await openDatabase({ url: ownerUrl, entities: model.entities, migrations: model.migrations, poolSize: 1 });
  try {
    return await entitySchemaDrift(owner);
  } finally {
    await owner.close();
  }
}

/** Fails with every disagreement between the area's entities and its committed migrations. Must run under Vitest (libs/testing global setup). */
export async function expectMigrationsMatchEntities(model: SubgraphDataModel): Promise<void> {
  expect(await migrationDrift(model), `${model.database}: entities and committed migrations disagree`).toEqual([]);
}
