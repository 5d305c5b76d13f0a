import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disinfectionLogWithNames, disinfectionRows, probeWithDisinfection, probeWithStoredDisinfection } from "../test/equipment-data.ts";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import { startHungServer, type HungServer } from "../test/hung-server.ts";

type LogAnswer = { disinfectionLog: { method: string; result: string; performedBy: { name: { text: string } } | null }[] };

describe("a subgraph that accepts connections and never answers", () => {
  let hung: HungServer;
  let stack: FederatedStack;
  beforeAll(async () => {
    hung = await startHungServer();
    stack = await startFederatedStack({ gatewayEnv: { GATEWAY_SUBGRAPH_URLS: `staff=${hung.url}`, GATEWAY_SUBGRAPH_TIMEOUT_MS: "1000" } });
  });
  afterAll(async () => {
    await stack?.stop();
    await hung?.close();
  });

  it("ends the request with the live area's data and an error naming the hung area", async () => {
    const probeId = await probeWithStoredDisinfection(stack, "HUNG-1", randomUUID());
    const [log, patients] = await Promise.all([
      stack.call<LogAnswer>(disinfectionLogWithNames, { probeId }, "radiologist"),
      stack.call(`{ searchPatients(filter: { familyName: "a" }) { totalCount } }`),
    ]);
    expect(log.data).toEqual({ disinfectionLog: [{ method: "OPA_SOAK", result: "PASS", performedBy: null }] });
    expect(log.errors?.map((error) => error.extensions)).toEqual([{ code: "AREA_UNAVAILABLE", area: "staff", reason: "TIMEOUT" }]);
    expect(log.errors?.[0]?.message).toBe("The staff area did not answer within 1000 ms; its part of this answer is missing.");
    expect(patients.errors).toBeUndefined();
    expect(patients.data).toEqual({ searchPatients: { totalCount: 0 } });
  });

  it("refuses a disinfection whose performer the hung staff area cannot confirm, and writes nothing", async () => {
    const probeId = await probeWithStoredDisinfection(stack, "HUNG-2", randomUUID());
    const logged = await stack.call(
      `mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`,
      { input: { probeId, method: "UV_C", performedById: randomUUID(), result: "PASS" } },
      "technologist",
    );
    // The equipment area gives up on its question before the gateway gives up on the equipment area.
    expect(logged.errors?.map((error) => error.extensions)).toEqual([
      { code: "AREA_UNAVAILABLE", area: "staff", reason: "TIMEOUT", serviceName: "equipment" },
    ]);
    expect(await disinfectionRows(stack, probeId)).toBe(1);
  });
});

describe("a stopped subgraph", () => {
  let stack: FederatedStack;
  beforeAll(async () => {
    stack = await startFederatedStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("leaves the other area's part of a two-area answer, with an error naming the stopped area", async () => {
    const staff = await stack.call<{ addStaffMember: { id: string } }>(
      `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
      { input: { employeeId: "DOWN-1", familyName: "Mensah", givenName: "Kofi", role: "SONOGRAPHER", modalities: ["US"] } },
      "coordinator",
    );
    const probeId = await probeWithDisinfection(stack, "DOWN-1", staff.data?.addStaffMember.id ?? "");
    const before = await stack.call<LogAnswer>(disinfectionLogWithNames, { probeId }, "radiologist");
    expect(before.data?.disinfectionLog[0]?.performedBy?.name.text).toBe("Kofi Mensah");

    await stack.subgraphs.staff?.stop();
    const after = await stack.call<LogAnswer>(disinfectionLogWithNames, { probeId }, "radiologist");
    expect(after.status).toBe(200);
    expect(after.data).toEqual({ disinfectionLog: [{ method: "OPA_SOAK", result: "PASS", performedBy: null }] });
    expect(after.errors).toHaveLength(1);
    expect(after.errors?.[0]).toMatchObject({
      message: "The staff area is not answering; its part of this answer is missing.",
      extensions: { code: "AREA_UNAVAILABLE", area: "staff", reason: "UNREACHABLE" },
    });

    // A rule that needs the stopped area fails closed: the write is refused, not kept unchecked.
    const logged = await stack.call(
      `mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`,
      { input: { probeId, method: "UV_C", performedById: staff.data?.addStaffMember.id, result: "PASS" } },
      "technologist",
    );
    expect(logged.data).toBeNull();
    expect(logged.errors).toEqual([
      expect.objectContaining({
        message: "The staff area is not answering, so the staff member could not be checked; nothing was saved.",
        extensions: { code: "AREA_UNAVAILABLE", area: "staff", reason: "UNREACHABLE", serviceName: "equipment" },
      }),
    ]);
    expect(await disinfectionRows(stack, probeId)).toBe(1);
  });
});
