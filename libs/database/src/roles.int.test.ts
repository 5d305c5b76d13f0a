import { beforeAll, describe, expect, test } from "vitest";
import { NoteSchema, roleFixtureMigration } from "../test/role-fixture.ts";
import { freshDatabaseAccess, runAs } from "../test/test-database.ts";
import { openDatabase } from "./orm.ts";
import { appRoleOf, ensureAppRole, roleOf } from "./roles.ts";

let access: { url: string; migrationUrl: string };
let database: string;

beforeAll(async () => {
  access = await freshDatabaseAccess("roles");
  database = new URL(access.url).pathname.slice(1);
  // Migrated as a service's start does: by the owner, who then grants the runtime role.
  const orm = await openDatabase({ ...access, entities: [NoteSchema], migrations: [roleFixtureMigration], poolSize: 1 });
  await orm.close();
});

describe("the runtime role", () => {
  test("reads and writes rows and draws from sequences", async () => {
    const [inserted] = await runAs<{ id: number }>(access.url, `insert into note (body) values ('first') returning id`);
    expect(inserted?.id).toBeGreaterThan(0);
    await runAs(access.url, `update note set body = 'edited' where id = ${inserted?.id}`);
    expect(await runAs(access.url, `select body from note where id = ${inserted?.id}`)).toEqual([{ body: "edited" }]);
    await runAs(access.url, `delete from note where id = ${inserted?.id}`);
    await runAs(access.url, `select nextval('note_id_seq'), setval('audit_trail_id_seq', 10)`);
    await runAs(access.url, `insert into audit_trail (what) values ('seen')`);
  });

  test("queues jobs in graphile-worker's schema but cannot rewrite which of its migrations ran", async () => {
    await runAs(access.url, `insert into graphile_worker._private_jobs (task) values ('deliver')`);
    expect(await runAs(access.url, `select task from graphile_worker._private_jobs`)).toEqual([{ task: "deliver" }]);
    await expect(runAs(access.url, `insert into graphile_worker.migrations values (1)`)).rejects.toThrow(/permission denied/);
  });

  // Each is what a request's code (or an injected statement) could do to escape the audit trail or the schema.
  test.each([
    ["create a table", `create table intruder (id int)`],
    ["create a schema of its own", `create schema intruder`],
    ["alter a table", `alter table note add column extra text`],
    ["drop a table", `drop table note`],
    ["truncate a table", `truncate note`],
    ["disable an append-only trigger", `alter table audit_trail disable trigger audit_trail_append_only`],
    ["switch replication mode to skip triggers", `set session_replication_role = replica`],
    ["read which migrations ran", `select * from mikro_orm_migrations`],
    ["alter graphile-worker's schema", `alter table graphile_worker._private_jobs add column extra text`],
  ])("cannot %s", async (_what, sql) => {
    await expect(runAs(access.url, sql)).rejects.toThrow(/permission denied|must be owner/);
  });

  test("meets the append-only trigger on the audit trail", async () => {
    await expect(runAs(access.url, `delete from audit_trail`)).rejects.toThrow(/append-only/);
  });

  test("owns nothing and holds no power beyond logging in", async () => {
    const role = roleOf(access.url);
    const owned = await runAs<{ kind: string }>(
      access.migrationUrl,
      `select 'relation ' || relname as kind from pg_class where relowner = '${role}'::regrole
       union all select 'schema ' || nspname from pg_namespace where nspowner = '${role}'::regrole
       union all select 'function ' || proname from pg_proc where proowner = '${role}'::regrole
       union all select 'type ' || typname from pg_type where typowner = '${role}'::regrole
       union all select 'database ' || datname from pg_database where datdba = '${role}'::regrole`,
    );
    expect(owned).toEqual([]);
    const [powers] = await runAs(
      access.migrationUrl,
      `select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication from pg_roles where rolname = '${role}'`,
    );
    expect(powers).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, rolreplication: false });
  });
});

describe("ensureAppRole", () => {
  test("provisioning again keeps the password, so a running service is not locked out", async () => {
    const before = await ensureAppRole(access.migrationUrl, database);
    const running = await openDatabase({
      url: before.url,
      migrationUrl: access.migrationUrl,
      entities: [NoteSchema],
      migrations: [roleFixtureMigration],
      poolSize: 2,
    });
    try {
      const again = await ensureAppRole(access.migrationUrl, database);
      expect(again).toEqual(before);
      expect(roleOf(again.url)).toBe(appRoleOf(database));
      // A new connection of the running pool logs in with the password it started with.
      const connection = running.em.fork().getConnection();
      expect(await Promise.all([connection.execute("select 1 as ok"), connection.execute("select 1 as ok")])).toEqual([
        [{ ok: 1 }],
        [{ ok: 1 }],
      ]);
      expect(await runAs(before.url, "select current_user as role")).toEqual([{ role: appRoleOf(database) }]);
    } finally {
      await running.close();
    }
  });

  test("gives each database's role a password of its own", async () => {
    const other = await freshDatabaseAccess("roles");
    expect(new URL(other.url).password).not.toBe(new URL(access.url).password);
    await expect(runAs(Object.assign(new URL(other.url), { username: roleOf(access.url) }).toString(), "select 1")).rejects.toThrow(
      /password authentication failed/,
    );
  });
});
