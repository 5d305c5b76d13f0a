import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// The kit's own unit tests need no database; services test the kit on real PostgreSQL.
// Apollo loads graphql's CommonJS build and Vite would pick the ESM one for the kit's sources:
// the PHI declaration tests build real subgraph schemas, which need one copy (as @gantry/testing does).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: { include: ["src/**/*.test.ts"] },
});
