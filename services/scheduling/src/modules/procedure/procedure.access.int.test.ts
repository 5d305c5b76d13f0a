import { isPermitted } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedulingPermissions } from "../../permissions.ts";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { addProcedure, addTestProcedure, procedureInput } from "./procedure.test-data.ts";

let service: TestSchedulingService;
let existing: string;
beforeAll(async () => {
  service = await startTestSchedulingService();
  existing = await addTestProcedure(service);
});
afterAll(async () => {
  await service?.stop();
});

const may = (role: Role, action: "readCatalogue" | "manageCatalogue") => isPermitted(testIdentity(role), schedulingPermissions[action]);

/** Every error code of a response, or "allowed" when it has none. */
async function outcome(query: string, variables: Record<string, unknown>, role: Role): Promise<string> {
  const response = await service.call(query, variables, role);
  return response.errors ? String(response.errors[0]?.extensions?.code) : "allowed";
}

// The catalogue (permissions.ts) is the expectation: readCatalogue is the department's roles,
// manageCatalogue the coordinator and the administrator; an integration gets neither.
describe.each([...roles])("the catalogue as %s", (role) => {
  const reads = may(role, "readCatalogue") ? "allowed" : "FORBIDDEN";
  const manages = may(role, "manageCatalogue") ? "allowed" : "FORBIDDEN";

  it(`reads: ${reads}`, async () => {
    expect(await outcome(`{ procedures { totalCount } }`, {}, role)).toBe(reads);
    expect(await outcome(`query ($id: ID!) { procedure(id: $id) { id } }`, { id: existing }, role)).toBe(reads);
    expect(await outcome(`{ procedureByCode(code: "CT-NONE") { id } }`, {}, role)).toBe(reads);
    const reference = `query ($id: ID!) { _entities(representations: [{ __typename: "Procedure", id: $id }]) { ... on Procedure { code } } }`;
    expect(await outcome(reference, { id: existing }, role)).toBe(reads);
  });

  it(`manages: ${manages}, and a refusal writes nothing`, async () => {
    const procedures = await service.count("procedure");
    const durations = await service.count("procedure_duration");
    const target = await addTestProcedure(service);
    expect(await outcome(addProcedure, { input: procedureInput() }, role)).toBe(manages);
    expect(await outcome(`mutation ($id: ID!) { updateProcedure(id: $id, input: { name: "Renamed" }) { id } }`, { id: target }, role)).toBe(
      manages,
    );
    const setDuration = `mutation ($id: ID!, $device: ID!) { setProcedureDuration(procedureId: $id, deviceId: $device, minutes: 20) { id } }`;
    expect(await outcome(setDuration, { id: target, device: crypto.randomUUID() }, role)).toBe(manages);
    const clearDuration = `mutation ($id: ID!, $device: ID!) { clearProcedureDuration(procedureId: $id, deviceId: $device) { id } }`;
    expect(await outcome(clearDuration, { id: target, device: crypto.randomUUID() }, role)).toBe(manages);
    expect(
      await outcome(`mutation ($id: ID!) { retireProcedure(id: $id, reason: "No longer offered") { id } }`, { id: target }, role),
    ).toBe(manages);

    const allowed = manages === "allowed";
    expect(await service.count("procedure")).toBe(procedures + (allowed ? 2 : 1));
    expect(await service.count("procedure_duration")).toBe(durations + (allowed ? 1 : 0));
    expect(await service.count(`procedure where id = '${target}' and name = 'Renamed' and retired_at is not null`)).toBe(allowed ? 1 : 0);
  });
});

describe("who may manage the catalogue", () => {
  it("is the coordinator and the administrator; every role but integration reads it", () => {
    expect(roles.filter((role) => may(role, "manageCatalogue"))).toEqual(["coordinator", "administrator"]);
    expect(roles.filter((role) => !may(role, "readCatalogue"))).toEqual(["integration"]);
  });
});
