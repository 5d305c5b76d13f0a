import { DatabaseSchema, SchemaComparator, type DatabaseTable } from "@mikro-orm/postgresql";
import type { Database } from "./orm.ts";

/**
 * What an entity states about a column and a database built by the migrations must agree on:
 * get one wrong and a request fails (or silently stores the wrong thing). `default` is checked
 * only where the entity declares one, since only then does the ORM leave the value to the database.
 */
const columnFacts = ["type", "nullable", "enumItems", "generated", "autoincrement"] as const;

/** A unique rule's columns, in order: names differ between `.unique()` and a migration's `unique (…)`. */
function uniqueColumnSets(table: DatabaseTable): string[] {
  return table
    .getIndexes()
    .filter((index) => index.unique && !index.primary)
    .map((index) => index.columnNames.join(","));
}

/**
 * Where the database `orm` is connected to disagrees with its entities, one line each; none when
 * they agree. Connect as the tables' owner after applying the migrations. Only what entities
 * describe is compared — their tables, columns and unique rules. The rest is the migrations'
 * alone and ignored: tables no entity maps (mikro_orm_migrations, the event outbox), other
 * schemas (graphile-worker's), indexes, check and exclusion constraints, foreign keys (entities
 * hold ids, not relations), triggers and functions.
 */
export async function entitySchemaDrift(orm: Database): Promise<string[]> {
  const platform = orm.em.getPlatform();
  const entities = orm.schema.getTargetSchema();
  const database = await DatabaseSchema.create(orm.em.getConnection(), platform, orm.config, undefined, [...entities.getNamespaces()]);
  const diff = new SchemaComparator(platform).compare(database, entities);
  const problems = Object.values(diff.newTables).map((table) => `${table.name}: an entity maps it, no migration creates it`);
  for (const change of Object.values(diff.changedTables)) {
    const table = change.toTable.name;
    for (const column of Object.keys(change.addedColumns)) problems.push(`${table}.${column}: an entity maps it, no migration adds it`);
    for (const column of Object.keys(change.removedColumns)) problems.push(`${table}.${column}: a migration adds it, no entity maps it`);
    for (const [column, renamed] of Object.entries(change.renamedColumns))
      problems.push(`${table}.${renamed.name}: an entity maps it where a migration made ${column}`);
    for (const [column, { changedProperties, column: entityColumn }] of Object.entries(change.changedColumns)) {
      const facts = columnFacts.filter((fact) => changedProperties.has(fact));
      if (changedProperties.has("default") && entityColumn.default != null) facts.push("default" as never);
      if (facts.length > 0) problems.push(`${table}.${column}: ${facts.join(", ")} differ between entity and migrations`);
    }
  }
  for (const entityTable of entities.getTables()) {
    const built = database.getTable(entityTable.name);
    if (!built) continue;
    const builtUniques = new Set(uniqueColumnSets(built));
    for (const columns of uniqueColumnSets(entityTable))
      if (!builtUniques.has(columns)) problems.push(`${entityTable.name} (${columns}): an entity declares it unique, no migration does`);
  }
  return problems;
}
