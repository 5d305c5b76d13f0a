import { permittedActions } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedulingPermissions } from "../../permissions.ts";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service.stop();
});

// Each module's own tests prove the API refuses what the catalogue refuses; this one proves the
// screens are told the same catalogue, for every role.
describe("the scheduling permission catalogue", () => {
  it.each([...roles])("tells %s what the catalogue allows them", async (role: Role) => {
    const answer = await service.call<{ schedulingPermissions: { action: string; description: string; allowed: boolean }[] }>(
      `{ schedulingPermissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.schedulingPermissions).toEqual(permittedActions(testIdentity(role), schedulingPermissions));
  });
});
