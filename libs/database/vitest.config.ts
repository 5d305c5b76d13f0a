import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Real PostgreSQL, started once per run by libs/testing's global setup, reached by path: a
 * package dependency on @gantry/testing would be a cycle (it depends on this package). The
 * setup imports only this package and @gantry/config, both of which it resolves itself.
 */
export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL("../testing/src/global-setup.ts", import.meta.url))],
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
