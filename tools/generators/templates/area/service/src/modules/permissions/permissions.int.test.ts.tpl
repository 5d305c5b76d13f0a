import { permittedActions } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { {{area.camel}}Permissions } from "../../permissions.ts";
import { startTest{{area.pascal}}Service, type Test{{area.pascal}}Service } from "../../../test/{{area.kebab}}-service.ts";

let service: Test{{area.pascal}}Service;
beforeAll(async () => {
  service = await startTest{{area.pascal}}Service();
});
afterAll(async () => {
  await service.stop();
});

// Each module's own tests prove the API refuses what the catalogue refuses; this one proves the
// screens are told the same catalogue, for every role.
describe("the {{area.phrase}} permission catalogue", () => {
  it.each([...roles])("tells %s what the catalogue allows them", async (role: Role) => {
    const answer = await service.call<{ {{area.camel}}Permissions: { action: string; description: string; allowed: boolean }[] }>(
      `{ {{area.camel}}Permissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.{{area.camel}}Permissions).toEqual(permittedActions(testIdentity(role), {{area.camel}}Permissions));
  });
});
