import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Apollo loads graphql's CommonJS build; Vite would pick the ESM one for our sources.
// Two copies of graphql cannot share a schema, so everyone gets the CommonJS one.
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] };

/** For packages whose tests need no database (composition, pure rules). */
export function unitTestConfig() {
  return defineConfig({
    resolve: oneGraphql,
    test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
  });
}

/** The Vitest settings every service shares: real PostgreSQL started once per run. */
export function integrationTestConfig() {
  return defineConfig({
    resolve: oneGraphql,
    test: {
      globalSetup: [fileURLToPath(new URL("./global-setup.ts", import.meta.url))],
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: "forks",
      fileParallelism: false,
    },
  });
}
