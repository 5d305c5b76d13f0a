import { defineEntity, p } from "@mikro-orm/core";
import { describe, expect, test } from "vitest";
import { freshDatabaseAccess } from "../test/test-database.ts";
import { migrationOf } from "../test/test-migration.ts";
import { openDatabase } from "./orm.ts";
import { entitySchemaDrift } from "./schema-drift.ts";

/** A fresh definition each time: MikroORM initialises an entity's metadata in place. */
function visitEntity({ withRoom = false, statuses = ["open", "closed"], noteDefault = undefined as string | undefined } = {}) {
  return defineEntity({
    name: "Visit",
    tableName: "visit",
    properties: {
      id: p.uuid().primary(),
      code: p.string().length(20).unique(),
      status: p.enum(statuses),
      note: noteDefault === undefined ? p.string().length(200).nullable() : p.string().length(200).nullable().default(noteDefault),
      // A property added to the entity (and, in the test, to no migration).
      ...(withRoom ? { room: p.string().length(20) } : {}),
    },
  });
}

/** The visit table as a migration creates it, with these columns in place of the usual ones (by name). */
function visitTable(columns: Record<string, string | null> = {}): string {
  const usual: Record<string, string | null> = {
    id: "uuid primary key",
    code: "varchar(20) not null",
    status: "text not null check (status in ('open', 'closed'))",
    note: "varchar(200) null",
    codeKey: "constraint visit_code_key unique (code)",
  };
  const lines = Object.entries({ ...usual, ...columns }).flatMap(([name, definition]) =>
    definition === null ? [] : [name === "codeKey" ? definition : `${name} ${definition}`],
  );
  return `create table visit (${lines.join(", ")})`;
}

/** What only migrations can say: none of it is drift. */
const migrationsOnly = [
  `create table event_outbox (id uuid primary key, payload jsonb not null)`,
  `alter table visit add constraint visit_outbox_fk foreign key (id) references event_outbox (id)`,
  `create index visit_note_idx on visit (lower(note) text_pattern_ops)`,
  `alter table visit add constraint visit_note_shape check (note is null or note <> '')`,
  `alter table visit add constraint visit_one_code exclude using btree (code with =) where (status = 'open')`,
  `create function visit_refuse_delete() returns trigger language plpgsql as $$ begin raise exception 'append-only'; end $$`,
  `create trigger visit_append_only before delete on visit for each statement execute function visit_refuse_delete()`,
  `create schema graphile_worker`,
  `create table graphile_worker.jobs (id bigserial primary key, task text not null)`,
];

async function driftOf(entity: ReturnType<typeof visitEntity>, statements: string[]): Promise<string[]> {
  const access = await freshDatabaseAccess("drift");
  const orm = await openDatabase({ url: access.migrationUrl, entities: [entity], migrations: [migrationOf(statements)], poolSize: 1 });
  try {
    return await entitySchemaDrift(orm);
  } finally {
    await orm.close();
  }
}

describe("entitySchemaDrift", () => {
  test("finds nothing where migrations build what the entities map, whatever else they add", async () => {
    expect(await driftOf(visitEntity(), [visitTable(), ...migrationsOnly])).toEqual([]);
  });

  test("finds a property added to an entity without a migration", async () => {
    const drift = await driftOf(visitEntity({ withRoom: true }), [visitTable()]);
    expect(drift).toEqual(["visit.room: an entity maps it, no migration adds it"]);
  });

  test("finds a column a migration adds that no entity maps", async () => {
    expect(await driftOf(visitEntity(), [visitTable({ room: "varchar(20) not null" })])).toEqual([
      "visit.room: a migration adds it, no entity maps it",
    ]);
  });

  test("finds a column whose type, nullability or allowed values differ", async () => {
    const table = visitTable({ code: "varchar(40) not null", note: "varchar(200) not null" });
    expect(await driftOf(visitEntity({ statuses: ["open", "closed", "void"] }), [table])).toEqual([
      "visit.code: type differ between entity and migrations",
      "visit.status: enumItems differ between entity and migrations",
      "visit.note: nullable differ between entity and migrations",
    ]);
  });

  test("finds a default the entity leaves to the database that no migration sets, not the reverse", async () => {
    expect(await driftOf(visitEntity({ noteDefault: "none" }), [visitTable()])).toEqual([
      "visit.note: default differ between entity and migrations",
    ]);
    expect(await driftOf(visitEntity(), [visitTable({ note: "varchar(200) null default 'none'" })])).toEqual([]);
  });

  test("finds an entity's table or unique rule that no migration creates", async () => {
    expect(await driftOf(visitEntity(), [])).toEqual(["visit: an entity maps it, no migration creates it"]);
    expect(await driftOf(visitEntity(), [visitTable({ codeKey: null })])).toEqual([
      "visit (code): an entity declares it unique, no migration does",
    ]);
  });
});
