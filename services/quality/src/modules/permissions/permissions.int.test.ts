import { permittedActions } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qualityPermissions } from "../../permissions.ts";
import { startTestQualityService, type TestQualityService } from "../../../test/quality-service.ts";

let service: TestQualityService;
beforeAll(async () => {
  service = await startTestQualityService();
});
afterAll(async () => {
  await service.stop();
});

// Each module's own tests prove the API refuses what the catalogue refuses; this one proves the
// screens are told the same catalogue, for every role.
describe("the quality permission catalogue", () => {
  it.each([...roles])("tells %s what the catalogue allows them", async (role: Role) => {
    const answer = await service.call<{ qualityPermissions: { action: string; description: string; allowed: boolean }[] }>(
      `{ qualityPermissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.qualityPermissions).toEqual(permittedActions(testIdentity(role), qualityPermissions));
  });
});
