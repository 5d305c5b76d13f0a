import { integrationTestConfig } from "@gantry/testing/vitest-config";

export default integrationTestConfig();
