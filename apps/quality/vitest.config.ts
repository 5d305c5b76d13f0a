import { integrationTestConfig } from "@gantry/testing/vitest-config";
import { mergeConfig } from "vitest/config";

// The UI test starts every subgraph, the gateway and Chromium: slower than a service test.
export default mergeConfig(integrationTestConfig(), { test: { testTimeout: 180_000, hookTimeout: 240_000 } });
