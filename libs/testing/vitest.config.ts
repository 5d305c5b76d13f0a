import { integrationTestConfig } from "./src/vitest-config.ts";

export default integrationTestConfig();
