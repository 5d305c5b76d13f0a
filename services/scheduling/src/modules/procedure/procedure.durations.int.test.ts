import { testIdentity } from "@gantry/testing/internal-caller";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { procedureLoaders } from "./procedure.loader.ts";
import { ProcedureManager } from "./procedure.manager.ts";
import { ProcedureStore } from "./procedure.store.ts";
import { addTestProcedure } from "./procedure.test-data.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

const setDuration = `mutation ($procedureId: ID!, $deviceId: ID!, $minutes: Int!) {
  setProcedureDuration(procedureId: $procedureId, deviceId: $deviceId, minutes: $minutes) { id durations { minutes device { id } } }
}`;
const clearDuration = `mutation ($procedureId: ID!, $deviceId: ID!) {
  clearProcedureDuration(procedureId: $procedureId, deviceId: $deviceId) { id durations { minutes device { id } } }
}`;

/** The manager as another module of the area gets it from the context, on a request of its own. */
function managerForOneRequest(): ProcedureManager {
  const em = service.orm.em.fork();
  const store = new ProcedureStore(em);
  // Only the parts a lookup reads; the other modules reach these methods through `context.procedures`.
  const context = { em, identity: { ...testIdentity("scheduler"), requestId: "test" } } as SubgraphContext;
  return new ProcedureManager(context, store, procedureLoaders(store));
}

describe("procedure durations", () => {
  it("sets, replaces and clears a device's own time, refusing bad minutes and device ids", async () => {
    const procedureId = await addTestProcedure(service, { defaultMinutes: 30 });
    const [ct1, ct2] = [crypto.randomUUID(), crypto.randomUUID()];
    await service.call(setDuration, { procedureId, deviceId: ct1, minutes: 20 });
    const replaced = await service.call<{ setProcedureDuration: { durations: unknown[] } }>(setDuration, {
      procedureId,
      deviceId: ct1,
      minutes: 15,
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data?.setProcedureDuration.durations).toEqual([{ minutes: 15, device: { id: ct1 } }]);
    await service.call(setDuration, { procedureId, deviceId: ct2, minutes: 45 });
    expect(await service.count(`procedure_duration where procedure_id = '${procedureId}'`)).toBe(2);

    const before = await service.count("procedure_duration");
    const refusals: [Record<string, unknown>, string][] = [
      [{ procedureId, deviceId: ct1, minutes: 4 }, "BAD_USER_INPUT"],
      [{ procedureId, deviceId: ct1, minutes: 481 }, "BAD_USER_INPUT"],
      [{ procedureId, deviceId: "CT-1", minutes: 20 }, "BAD_USER_INPUT"],
      [{ procedureId: crypto.randomUUID(), deviceId: ct1, minutes: 20 }, "NOT_FOUND"],
    ];
    for (const [variables, code] of refusals) {
      const response = await service.call(setDuration, variables);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    expect(await service.count("procedure_duration")).toBe(before);

    const cleared = await service.call<{ clearProcedureDuration: { durations: unknown[] } }>(clearDuration, { procedureId, deviceId: ct1 });
    expect(cleared.data?.clearProcedureDuration.durations).toEqual([{ minutes: 45, device: { id: ct2 } }]);
    const clearedAgain = await service.call(clearDuration, { procedureId, deviceId: ct1 });
    expect(clearedAgain.errors).toBeUndefined();
  });

  it("durationsOn answers every device asked, its own minutes or the default, in one query; loadOrFail batches", async () => {
    const procedureId = await addTestProcedure(service, { defaultMinutes: 30 });
    const [fast, slow, plain] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await service.call(setDuration, { procedureId, deviceId: fast, minutes: 20 });
    await service.call(setDuration, { procedureId, deviceId: slow, minutes: 40 });
    const other = await addTestProcedure(service);

    const manager = managerForOneRequest();
    service.statements.length = 0;
    const [procedure, otherProcedure] = await Promise.all([manager.loadOrFail(procedureId), manager.loadOrFail(other)]);
    expect(service.statements).toHaveLength(1);
    expect(otherProcedure.id).toBe(other);

    service.statements.length = 0;
    const minutes = await manager.durationsOn(procedure, [fast, slow, plain, "not-a-device-id"]);
    expect(service.statements).toHaveLength(1);
    expect(minutes).toEqual(
      new Map([
        [fast, 20],
        [slow, 40],
        [plain, 30],
        ["not-a-device-id", 30],
      ]),
    );
    expect(await manager.durationsOn(procedure, [])).toEqual(new Map());

    await expect(manager.loadOrFail(crypto.randomUUID())).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
    await expect(manager.loadOrFail("not-an-id")).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("resolves the durations of a page of 50 procedures, and of 50 entity references, in a constant number of statements", async () => {
    const device = crypto.randomUUID();
    const ids: string[] = [];
    for (let index = 0; index < 50; index++) {
      const id = await addTestProcedure(service, { code: `BATCH-${index}`, name: `Batch ${index}` });
      if (index % 2 === 0) await service.call(setDuration, { procedureId: id, deviceId: device, minutes: 15 + index });
      ids.push(id);
    }
    const page = `query ($first: Int) { procedures(search: "BATCH-", first: $first) { nodes { code durations { minutes device { id } } } } }`;
    const statementsFor = async (query: string, variables: Record<string, unknown>) => {
      service.statements.length = 0;
      const response = await service.call<Record<string, unknown>>(query, variables, "radiologist");
      expect(response.errors).toBeUndefined();
      return { statements: service.statements.length, data: response.data };
    };
    const five = await statementsFor(page, { first: 5 });
    const fifty = await statementsFor(page, { first: 50 });
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(3);
    const nodes = (fifty.data?.procedures as { nodes: { durations: unknown[] }[] }).nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes.filter((node) => node.durations.length === 1)).toHaveLength(25);

    const references = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Procedure { code durations { minutes } } } }`;
    const representations = (count: number) => ids.slice(0, count).map((id) => ({ __typename: "Procedure", id }));
    const fewRefs = await statementsFor(references, { representations: representations(5) });
    const manyRefs = await statementsFor(references, { representations: representations(50) });
    expect(manyRefs.statements).toBe(fewRefs.statements);
    expect(manyRefs.statements).toBeLessThanOrEqual(2);
    expect(manyRefs.data?._entities).toHaveLength(50);
  });
});
