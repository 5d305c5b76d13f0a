import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readEnvironment, setting } from "@gantry/config/environment";
import { startEmbeddedPostgres } from "@gantry/database/embedded-postgres";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port.ts";
import { keepFailureExitCode } from "./keep-exit-code.ts";
import "./provided-context.ts";

/**
 * Vitest global setup: one real PostgreSQL server per test run, on a free port, thrown away
 * afterwards. GANTRY_TEST_DATABASE_URL points the tests at an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailureExitCode();
  const existing = readEnvironment({ GANTRY_TEST_DATABASE_URL: setting.optionalUrl() }).GANTRY_TEST_DATABASE_URL;
  if (existing) {
    project.provide("postgresServerUrl", existing);
    return async () => undefined;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "gantry-test-pg-"));
  // As root, PostgreSQL runs as its own user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port: await freePort(), ephemeral: true });
  project.provide("postgresServerUrl", cluster.urlFor("postgres"));
  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
