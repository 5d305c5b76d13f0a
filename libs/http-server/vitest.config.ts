import { defineConfig } from "vitest/config";

// Like unitTestConfig in @gantry/testing, without depending on it: no database, no graphql import
// in these tests (Apollo loads its own graphql, so there is only ever one copy).
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
