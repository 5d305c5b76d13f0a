import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { ensureDatabase } from "../src/embedded-postgres.ts";
import { ensureAppRole, type DatabaseAccess } from "../src/roles.ts";

// Set by libs/testing's global setup (see vitest.config.ts); declared here because this package cannot import it.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/** A new, empty database on the test run's server, with its owner and its runtime role (as in @gantry/testing/postgres). */
export async function freshDatabaseAccess(prefix: string): Promise<Required<DatabaseAccess>> {
  const server = new URL(inject("postgresServerUrl"));
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(server.toString(), name);
  server.pathname = `/${name}`;
  const access = await ensureAppRole(server.toString(), name);
  if (!access.migrationUrl) throw new Error("ensureAppRole returned no owner URL");
  return { url: access.url, migrationUrl: access.migrationUrl };
}

/** Runs one statement as whoever `url` logs in as, on a connection of its own. */
export async function runAs<Row extends pg.QueryResultRow = Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}
