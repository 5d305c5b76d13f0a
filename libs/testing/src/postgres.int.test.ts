import { createServer } from "node:net";
import { appRoleOf, roleOf } from "@gantry/database/roles";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { freePort } from "./free-port.ts";
import { createTestDatabaseAccess } from "./postgres.ts";

async function queryAs(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("createTestDatabaseAccess", () => {
  test("gives each call a database of its own, so test files never share rows", async () => {
    const first = await createTestDatabaseAccess("Shared");
    const second = await createTestDatabaseAccess("Shared");
    expect(new URL(first.url).pathname).not.toBe(new URL(second.url).pathname);
    expect(new URL(first.url).pathname).toMatch(/^\/shared_[0-9a-f]{8}$/);
    if (!first.migrationUrl) throw new Error("no owner URL");
    await queryAs(first.migrationUrl, "create table visit (id int)");
    await expect(queryAs(second.migrationUrl ?? "", "select * from visit")).rejects.toThrow(/does not exist/);
  });

  test("connects requests as the database's runtime role, not as the owner, as services run in production", async () => {
    const access = await createTestDatabaseAccess("runtime");
    const database = new URL(access.url).pathname.slice(1);
    expect(roleOf(access.url)).toBe(appRoleOf(database));
    expect(roleOf(access.migrationUrl ?? access.url)).not.toBe(roleOf(access.url));
    const { rows } = await queryAs(access.url, "select current_user as role, current_database() as database");
    expect(rows).toEqual([{ role: appRoleOf(database), database }]);
    await expect(queryAs(access.url, "create table intruder (id int)")).rejects.toThrow(/permission denied/);
  });
});

describe("freePort", () => {
  test("finds a port a server can listen on", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
