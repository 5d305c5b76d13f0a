import { unitTestConfig } from "@gantry/testing/vitest-config";

export default unitTestConfig();
