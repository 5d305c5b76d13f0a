import { defineConfig } from "vitest/config";

// The kit's own unit tests need no database; services test the kit on real PostgreSQL.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
