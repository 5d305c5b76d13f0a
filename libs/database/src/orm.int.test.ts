import { describe, expect, test } from "vitest";
import { NoteSchema, roleFixtureMigration } from "../test/role-fixture.ts";
import { freshDatabaseAccess, runAs } from "../test/test-database.ts";
import { migrationOf } from "../test/test-migration.ts";
import { openDatabase } from "./orm.ts";
import { roleOf } from "./roles.ts";

describe("openDatabase with an owner and a runtime role", () => {
  test("migrates as the owner and serves requests as the runtime role", async () => {
    const access = await freshDatabaseAccess("orm");
    const orm = await openDatabase({ ...access, entities: [NoteSchema], migrations: [roleFixtureMigration] });
    try {
      const em = orm.em.fork();
      expect(await em.getConnection().execute("select current_user as role")).toEqual([{ role: roleOf(access.url) }]);
      em.create(NoteSchema, { body: "through the ORM" });
      await em.flush();
      expect(await orm.em.fork().count(NoteSchema)).toBe(1);
    } finally {
      await orm.close();
    }
    const owners = await runAs<{ tableowner: string }>(
      access.migrationUrl,
      `select distinct tableowner from pg_tables where schemaname in ('public', 'graphile_worker')`,
    );
    expect(owners).toEqual([{ tableowner: roleOf(access.migrationUrl) }]);
  });

  test("grants the runtime role what a later release's migrations and its owner create", async () => {
    const access = await freshDatabaseAccess("orm");
    const first = await openDatabase({ ...access, entities: [NoteSchema], migrations: [roleFixtureMigration] });
    await first.close();
    const next = migrationOf([`create table room (id serial primary key, name text not null)`], "Migration20260102000000_room");
    const restarted = await openDatabase({ ...access, entities: [NoteSchema], migrations: [roleFixtureMigration, next] });
    await restarted.close();
    await runAs(access.url, `insert into room (name) values ('CT 1')`);
    // Created by the owner by hand, between releases: the default privileges reach it too.
    await runAs(access.migrationUrl, `create table scratch (id serial primary key)`);
    await runAs(access.url, `insert into scratch default values`);
  });

  test("refuses to start when the runtime role cannot log in, instead of failing the first request", async () => {
    const access = await freshDatabaseAccess("orm");
    const wrong = Object.assign(new URL(access.url), { password: "not-the-password" }).toString();
    await expect(
      openDatabase({ url: wrong, migrationUrl: access.migrationUrl, entities: [NoteSchema], migrations: [roleFixtureMigration] }),
    ).rejects.toThrow(/password authentication failed/);
  });
});
