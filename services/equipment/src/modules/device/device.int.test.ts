import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../../test/equipment-service.ts";

let service: TestEquipmentService;
beforeAll(async () => {
  service = await startTestEquipmentService();
});
afterAll(async () => {
  await service?.stop();
});

const registerDevice = /* GraphQL */ `
  mutation ($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      id
      name
      kind
      modality
      serialNumber
      status
      safeToUse
    }
  }
`;
const scanner = {
  name: "CT-1 Somatom",
  kind: "SCANNER",
  modality: "CT",
  manufacturer: "Siemens",
  model: "SOMATOM Force",
  serialNumber: "ct-1001",
  room: "CT-1",
  installedOn: "2019-03-01",
  endOfSupportOn: "2029-03-01",
};

describe("device register", () => {
  it("registers a device, reads it back and refuses a second device with the same serial number", async () => {
    const response = await service.call<{ registerDevice: Record<string, unknown> }>(registerDevice, { input: scanner });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerDevice).toMatchObject({
      kind: "SCANNER",
      modality: "CT",
      serialNumber: "CT-1001",
      status: "ACTIVE",
      safeToUse: true,
    });
    const again = await service.call(registerDevice, { input: { ...scanner, name: "Copy" } }, "administrator");
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count("device where serial_number = 'CT-1001'")).toBe(1);

    const list = await service.call<{ devices: { totalCount: number; nodes: { serialNumber: string }[] } }>(
      `{ devices(modality: CT, kind: SCANNER) { totalCount nodes { serialNumber } } }`,
      {},
      "radiologist",
    );
    expect(list.data?.devices.nodes.map((device) => device.serialNumber)).toContain("CT-1001");
  });

  it("registers scanners of every modality the kit lists, PET, fluoroscopy and angiography included", async () => {
    for (const modality of ["PT", "RF", "XA"]) {
      const response = await service.call<{ registerDevice: { modality: string } }>(registerDevice, {
        input: { ...scanner, name: `${modality}-1`, modality, serialNumber: `mod-${modality}` },
      });
      expect(response.errors, modality).toBeUndefined();
      expect(response.data?.registerDevice.modality).toBe(modality);
    }
  });

  it("answers bad device input with BAD_USER_INPUT or NOT_FOUND and writes nothing", async () => {
    const before = await service.count("device");
    const unknownKind = await service.call(registerDevice, { input: { ...scanner, serialNumber: "X-1", kind: "TOASTER" } });
    expect(unknownKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const backwards = await service.call(registerDevice, { input: { ...scanner, serialNumber: "X-2", endOfSupportOn: "2018-01-01" } });
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(backwards.errors?.[0]?.message).toContain("input.endOfSupportOn");
    const probeOnCt = await service.call(registerDevice, { input: { ...scanner, serialNumber: "X-3", kind: "ULTRASOUND_PROBE" } });
    expect(probeOnCt.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const emptyName = await service.call(registerDevice, { input: { ...scanner, serialNumber: "X-4", name: "  " } });
    expect(emptyName.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await service.count("device")).toBe(before);
    const unknown = await service.call(`mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: DOWN) { id } }`, {
      id: crypto.randomUUID(),
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await service.count("down_period")).toBe(0);
  });

  it("lets coordinators and administrators change the register; technologists and schedulers only read; integrations nothing", async () => {
    for (const role of ["technologist", "scheduler", "manager", "integration"] as const) {
      const response = await service.call(registerDevice, { input: { ...scanner, serialNumber: `R-${role}` } }, role);
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await service.count("device where serial_number like 'R-%'")).toBe(0);
    const read = await service.call(`{ devices { totalCount } }`, {}, "scheduler");
    expect(read.errors).toBeUndefined();
    const outsider = await service.call(`{ devices { totalCount } }`, {}, "integration");
    expect(outsider.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("opens a DOWN period that blocks bookings until the device is back, and retires for good", async () => {
    const id = await service.registerDevice({ name: "MR-2", kind: "SCANNER", modality: "MR", serialNumber: "MR-2002" });
    const down = await service.call<{ setDeviceStatus: { status: string; safeToUse: boolean } }>(
      `mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: DOWN, reason: "Helium alarm") { status safeToUse } }`,
      { id },
    );
    expect(down.data?.setDeviceStatus).toEqual({ status: "DOWN", safeToUse: false });
    const windows = `query ($id: ID, $from: DateTime!, $to: DateTime!) { downtimeWindows(deviceId: $id, from: $from, to: $to) { reason endsAt note device { id } } }`;
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const open = await service.call<{ downtimeWindows: { reason: string; endsAt: string | null; note: string }[] }>(
      windows,
      { id, ...range },
      "scheduler",
    );
    expect(open.data?.downtimeWindows).toEqual([{ reason: "DOWN", endsAt: null, note: "Helium alarm", device: { id } }]);

    await service.call(`mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: ACTIVE) { id } }`, { id });
    const closed = await service.call<{ downtimeWindows: { endsAt: string | null }[] }>(windows, { id, ...range });
    expect(closed.data?.downtimeWindows[0]?.endsAt).not.toBeNull();

    const retired = await service.call<{ retireDevice: { status: string } }>(
      `mutation ($id: ID!) { retireDevice(deviceId: $id, reason: "replaced") { status } }`,
      { id },
    );
    expect(retired.data?.retireDevice.status).toBe("RETIRED");
    const revive = await service.call(`mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: ACTIVE) { id } }`, { id });
    expect(revive.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const toRetired = await service.call(`mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: RETIRED) { id } }`, { id });
    expect(toRetired.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const neither = await service.call(
      `query ($from: DateTime!, $to: DateTime!) { downtimeWindows(from: $from, to: $to) { reason } }`,
      range,
    );
    expect(neither.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps why, when and by whom a device was retired, and shows it on the device", async () => {
    const id = await service.registerDevice({ name: "XR-9", kind: "SCANNER", modality: "XR", serialNumber: "XR-9009" });
    const retirement = `retiredAt retiredBy retiredReason`;
    const active = await service.call<{ device: Record<string, unknown> }>(`query ($id: ID!) { device(id: $id) { ${retirement} } }`, {
      id,
    });
    expect(active.data?.device).toEqual({ retiredAt: null, retiredBy: null, retiredReason: null });

    const before = Date.now();
    const retired = await service.call<{ retireDevice: { status: string; retiredAt: string; retiredBy: string; retiredReason: string } }>(
      `mutation ($id: ID!) { retireDevice(deviceId: $id, reason: "Detector failed; replaced by XR-10") { status ${retirement} } }`,
      { id },
      "administrator",
    );
    expect(retired.errors).toBeUndefined();
    expect(retired.data?.retireDevice).toMatchObject({
      status: "RETIRED",
      retiredBy: "Test administrator",
      retiredReason: "Detector failed; replaced by XR-10",
    });
    const retiredAt = Date.parse(retired.data?.retireDevice.retiredAt ?? "");
    expect(retiredAt).toBeGreaterThanOrEqual(before - 1000);
    expect(retiredAt).toBeLessThanOrEqual(Date.now() + 1000);

    // Read back in a fresh request, as another role, and straight from the table.
    const read = await service.call<{ devices: { nodes: Record<string, unknown>[] } }>(
      `{ devices(status: RETIRED, modality: XR) { nodes { id ${retirement} } } }`,
      {},
      "radiologist",
    );
    expect(read.data?.devices.nodes.find((device) => device.id === id)).toEqual({
      id,
      retiredAt: retired.data?.retireDevice.retiredAt,
      retiredBy: "Test administrator",
      retiredReason: "Detector failed; replaced by XR-10",
    });
    expect(await service.count(`device where id = '${id}' and retired_reason = 'Detector failed; replaced by XR-10'`)).toBe(1);

    const again = await service.call(`mutation ($id: ID!) { retireDevice(deviceId: $id, reason: "second thoughts") { id } }`, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count(`device where id = '${id}' and retired_reason = 'Detector failed; replaced by XR-10'`)).toBe(1);

    const withoutReason = await service.registerDevice({ name: "XR-8", kind: "SCANNER", modality: "XR", serialNumber: "XR-8008" });
    const unexplained = await service.call<{ retireDevice: Record<string, unknown> }>(
      `mutation ($id: ID!) { retireDevice(deviceId: $id) { retiredBy retiredReason } }`,
      { id: withoutReason },
    );
    expect(unexplained.data?.retireDevice).toEqual({ retiredBy: "Test coordinator", retiredReason: null });
  });

  it("resolves 100 Device entities for the gateway with one SQL query", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 100; index++) ids.push(await service.registerDevice({ serialNumber: `ENT-${index}` }));
    service.statements.length = 0;
    const response = await service.call<{ _entities: { id: string; serialNumber: string }[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Device { id serialNumber } } }`,
      { representations: ids.map((id) => ({ __typename: "Device", id })) },
      "scheduler",
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((device) => device.id)).toEqual(ids);
    expect(service.statements.filter((sql) => /from "device"/i.test(sql))).toHaveLength(1);
    expect(service.statements).toHaveLength(1);
  });
});
