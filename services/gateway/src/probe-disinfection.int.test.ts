import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disinfectionRows } from "../test/equipment-data.ts";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

// Logging a disinfection asks the staff area who performed it, so these run the whole federation.
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

let serial = 0;

async function dataOf<T>(what: string, response: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  if (!result.data || result.errors) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function addSonographer(familyName: string): Promise<string> {
  serial += 1;
  const added = await dataOf(
    "addStaffMember",
    stack.call<{ addStaffMember: { id: string } }>(
      `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
      { input: { employeeId: `PROBE-${serial}`, familyName, givenName: "Lena", role: "SONOGRAPHER", modalities: ["US"] } },
      "coordinator",
    ),
  );
  return added.addStaffMember.id;
}

async function registerProbe(): Promise<string> {
  serial += 1;
  const input = {
    name: `Probe ${serial}`,
    kind: "ULTRASOUND_PROBE",
    modality: "US",
    manufacturer: "GE",
    model: "C1-6",
    serialNumber: `PD-${serial}`,
  };
  const registered = await dataOf(
    "registerDevice",
    stack.call<{ registerDevice: { id: string } }>(
      `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
      { input },
      "coordinator",
    ),
  );
  return registered.registerDevice.id;
}

async function disinfectantLot(lotNumber: string): Promise<string> {
  const item = await dataOf(
    "addInventoryItem",
    stack.call<{ addInventoryItem: { id: string } }>(
      `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      { input: { name: "Trophon sanitiser", category: "DISINFECTANT", unit: "cartridge", location: "US", reorderLevel: 1 } },
      "coordinator",
    ),
  );
  const received = await dataOf(
    "receiveStock",
    stack.call<{ receiveStock: { lot: { id: string } } }>(
      `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { lot { id } } }`,
      { input: { itemId: item.addInventoryItem.id, lotNumber, expiresOn: "2027-06-30", quantity: 10 } },
      "coordinator",
    ),
  );
  return received.receiveStock.lot.id;
}

const logDisinfection = /* GraphQL */ `
  mutation ($input: LogDisinfectionInput!) {
    logDisinfection(input: $input) {
      id
      result
      method
      performedBy {
        id
        name {
          text
        }
      }
      disinfectantLot {
        lotNumber
      }
    }
  }
`;

type Status = { probeDisinfectionStatus: { safeToUse: boolean; reason: string | null; probe: { safeToUse: boolean } } };

async function status(probeId: string): Promise<Status["probeDisinfectionStatus"]> {
  const response = await dataOf(
    "probeDisinfectionStatus",
    stack.call<Status>(
      `query ($probeId: ID!) { probeDisinfectionStatus(probeId: $probeId) { safeToUse reason probe { safeToUse } } }`,
      { probeId },
      "technologist",
    ),
  );
  // The status and the Device field always agree.
  expect(response.probeDisinfectionStatus.probe.safeToUse).toBe(response.probeDisinfectionStatus.safeToUse);
  return response.probeDisinfectionStatus;
}

describe("logging probe disinfections through the gateway", () => {
  it("logs a disinfection by a technologist in the staff directory, shows their name, and tracks safe to use", async () => {
    const sonographer = await addSonographer("Brandt");
    const probeId = await registerProbe();
    const lotId = await disinfectantLot("TRO-77");
    expect((await status(probeId)).safeToUse).toBe(false);

    const pass = (performedAt: string) => ({
      probeId,
      method: "HYDROGEN_PEROXIDE_MIST",
      performedById: sonographer,
      performedAt,
      result: "PASS",
      disinfectantLotId: lotId,
    });
    const first = await stack.call<{ logDisinfection: unknown }>(logDisinfection, { input: pass("2026-11-20T08:00:00Z") }, "technologist");
    expect(first.errors).toBeUndefined();
    expect(first.data?.logDisinfection).toMatchObject({
      result: "PASS",
      method: "HYDROGEN_PEROXIDE_MIST",
      performedBy: { id: sonographer, name: { text: "Lena Brandt" } },
      disinfectantLot: { lotNumber: "TRO-77" },
    });
    expect((await status(probeId)).safeToUse).toBe(true);

    const use = await stack.call(
      `mutation ($input: RecordProbeUseInput!) { recordProbeUse(input: $input) { id } }`,
      { input: { probeId, usedAt: "2026-11-20T09:00:00Z", appointmentReference: "APT-1234" } },
      "technologist",
    );
    expect(use.errors).toBeUndefined();
    expect((await status(probeId)).safeToUse).toBe(false);

    const failed = await stack.call(logDisinfection, { input: { ...pass("2026-11-20T09:30:00Z"), result: "FAIL" } }, "technologist");
    expect(failed.errors).toBeUndefined();
    expect(await status(probeId)).toMatchObject({ safeToUse: false, reason: expect.stringContaining("used after its last passing") });

    await dataOf("logDisinfection", stack.call(logDisinfection, { input: pass("2026-11-20T09:45:00Z") }, "technologist"));
    expect((await status(probeId)).safeToUse).toBe(true);
    const list = await dataOf(
      "devices",
      stack.call<{ devices: { nodes: { id: string; safeToUse: boolean }[] } }>(
        `{ devices(kind: ULTRASOUND_PROBE, first: 100) { nodes { id safeToUse } } }`,
        {},
        "technologist",
      ),
    );
    expect(list.devices.nodes.find((node) => node.id === probeId)?.safeToUse).toBe(true);
    expect(await disinfectionRows(stack, probeId)).toBe(3);
  });

  it("refuses a performer who is not in the staff directory, writing nothing and leaving the probe not safe", async () => {
    const probeId = await registerProbe();
    const unknown = crypto.randomUUID();
    const response = await stack.call<{ logDisinfection: unknown }>(
      logDisinfection,
      { input: { probeId, method: "OPA_SOAK", performedById: unknown, result: "PASS" } },
      "technologist",
    );
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "No staff member with that id; choose who performed the disinfection from the staff directory.",
        extensions: {
          code: "BAD_USER_INPUT",
          serviceName: "equipment",
          problems: [{ field: "input.performedById", message: "not in the staff directory" }],
        },
      }),
    ]);
    expect(await disinfectionRows(stack, probeId)).toBe(0);
    expect(await status(probeId)).toMatchObject({
      safeToUse: false,
      reason: "The probe has no passing high-level disinfection on record.",
    });
  });
});
