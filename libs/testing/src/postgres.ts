import { randomBytes } from "node:crypto";
import { ensureDatabase } from "@gantry/database/embedded-postgres";
import { ensureAppRole, type DatabaseAccess } from "@gantry/database/roles";
import { inject } from "vitest";
import "./provided-context.ts";

/** A new, empty database on the test run's PostgreSQL server, so test files never share rows. */
export async function createTestDatabase(prefix: string): Promise<string> {
  const serverUrl = inject("postgresServerUrl");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`.toLowerCase();
  await ensureDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new, empty database with its owner (for migrations) and its own runtime role (for requests),
 * as services run in the embedded default and in production.
 */
export async function createTestDatabaseAccess(prefix: string): Promise<DatabaseAccess> {
  const ownerUrl = await createTestDatabase(prefix);
  return ensureAppRole(ownerUrl, new URL(ownerUrl).pathname.slice(1));
}
