import { integrationTestConfig } from "@gantry/testing/vitest-config";

// The UI test drives the built shell and this remote in Chromium against the federated stack on real PostgreSQL.
export default integrationTestConfig();
