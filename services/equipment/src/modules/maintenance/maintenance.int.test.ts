import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../../test/equipment-service.ts";

let service: TestEquipmentService;
beforeAll(async () => {
  service = await startTestEquipmentService();
});
afterAll(async () => {
  await service?.stop();
});

const scheduleMaintenance = /* GraphQL */ `
  mutation ($input: ScheduleMaintenanceInput!) {
    scheduleMaintenance(input: $input) {
      id
      kind
      status
      device {
        id
      }
    }
  }
`;

async function newScanner(serialNumber: string): Promise<string> {
  return service.registerDevice({ name: `Scanner ${serialNumber}`, kind: "SCANNER", modality: "CT", serialNumber });
}

describe("maintenance windows", () => {
  it("refuses a window that overlaps another live window of the same device with CONFLICT; other devices and cancelled windows do not clash", async () => {
    const ct = await newScanner("CT-M1");
    const other = await newScanner("CT-M2");
    const first = await service.call<{ scheduleMaintenance: { id: string; status: string } }>(scheduleMaintenance, {
      input: {
        deviceId: ct,
        kind: "PREVENTIVE",
        startsAt: "2026-12-01T08:00:00Z",
        endsAt: "2026-12-01T16:00:00Z",
        vendor: "Siemens Healthineers",
      },
    });
    expect(first.data?.scheduleMaintenance.status).toBe("SCHEDULED");
    const overlapping = await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "CALIBRATION", startsAt: "2026-12-01T15:00:00Z", endsAt: "2026-12-01T18:00:00Z" },
    });
    expect(overlapping.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(overlapping.errors?.[0]?.message).toContain("Scanner CT-M1");
    // Half-open ranges: a window may start when the previous one ends.
    const adjacent = await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "PHANTOM_QA", startsAt: "2026-12-01T16:00:00Z", endsAt: "2026-12-01T17:00:00Z" },
    });
    expect(adjacent.errors).toBeUndefined();
    const otherDevice = await service.call(scheduleMaintenance, {
      input: { deviceId: other, kind: "PREVENTIVE", startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T16:00:00Z" },
    });
    expect(otherDevice.errors).toBeUndefined();
    expect(await service.count(`maintenance where device_id = '${ct}'`)).toBe(2);

    const cancelled = await service.call<{ cancelMaintenance: { status: string } }>(
      `mutation ($id: ID!) { cancelMaintenance(maintenanceId: $id, reason: "vendor rescheduled") { status } }`,
      {
        id: first.data?.scheduleMaintenance.id,
      },
    );
    expect(cancelled.data?.cancelMaintenance.status).toBe("CANCELLED");
    const afterCancel = await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "CALIBRATION", startsAt: "2026-12-01T15:00:00Z", endsAt: "2026-12-01T16:00:00Z" },
    });
    expect(afterCancel.errors).toBeUndefined();
  });

  it("lets exactly one of 10 concurrent overlapping windows through", async () => {
    const ct = await newScanner("CT-M3");
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        service.call(scheduleMaintenance, {
          input: { deviceId: ct, kind: "CORRECTIVE", startsAt: `2026-12-02T0${index}:00:00Z`, endsAt: "2026-12-02T12:00:00Z" },
        }),
      ),
    );
    expect(attempts.filter((response) => !response.errors)).toHaveLength(1);
    expect(attempts.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(9);
  });

  it("answers bad maintenance input with BAD_USER_INPUT or NOT_FOUND and writes nothing", async () => {
    const ct = await newScanner("CT-M4");
    const before = await service.count("maintenance");
    const backwards = await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "PREVENTIVE", startsAt: "2026-12-03T16:00:00Z", endsAt: "2026-12-03T08:00:00Z" },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(backwards.errors?.[0]?.message).toContain("input.endsAt");
    const unknownKind = await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "OIL_CHANGE", startsAt: "2026-12-03T08:00:00Z", endsAt: "2026-12-03T09:00:00Z" },
    });
    expect(unknownKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknownDevice = await service.call(scheduleMaintenance, {
      input: { deviceId: crypto.randomUUID(), kind: "PREVENTIVE", startsAt: "2026-12-03T08:00:00Z", endsAt: "2026-12-03T09:00:00Z" },
    });
    expect(unknownDevice.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const technologist = await service.call(
      scheduleMaintenance,
      { input: { deviceId: ct, kind: "PREVENTIVE", startsAt: "2026-12-03T08:00:00Z", endsAt: "2026-12-03T09:00:00Z" } },
      "technologist",
    );
    expect(technologist.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("maintenance")).toBe(before);
  });

  it("lists maintenance due and overdue, shows windows as downtime, and completes work", async () => {
    const ct = await newScanner("CT-M5");
    const past = await service.call<{ scheduleMaintenance: { id: string } }>(scheduleMaintenance, {
      input: { deviceId: ct, kind: "PREVENTIVE", startsAt: "2026-11-10T08:00:00Z", endsAt: "2026-11-10T12:00:00Z" },
    });
    await service.call(scheduleMaintenance, {
      input: { deviceId: ct, kind: "CALIBRATION", startsAt: "2026-11-30T08:00:00Z", endsAt: "2026-11-30T10:00:00Z" },
    });
    const asOf = "2026-11-23T00:00:00Z";
    const due = await service.call<{ maintenanceDue: { kind: string; device: { id: string } }[] }>(
      `query ($asOf: DateTime) { maintenanceDue(withinDays: 14, asOf: $asOf) { kind device { id } } }`,
      { asOf },
    );
    expect(due.data?.maintenanceDue.filter((row) => row.device.id === ct)).toEqual([{ kind: "CALIBRATION", device: { id: ct } }]);
    const overdue = await service.call<{ maintenanceOverdue: { id: string }[] }>(
      `query ($asOf: DateTime) { maintenanceOverdue(asOf: $asOf) { id } }`,
      { asOf },
    );
    expect(overdue.data?.maintenanceOverdue.map((row) => row.id)).toContain(past.data?.scheduleMaintenance.id);

    const windows = await service.call<{ downtimeWindows: { reason: string; maintenance: { kind: string } }[] }>(
      `{ downtimeWindows(modality: CT, from: "2026-11-29T00:00:00Z", to: "2026-12-01T00:00:00Z") { reason maintenance { kind } device { id } } }`,
    );
    expect(windows.data?.downtimeWindows).toContainEqual({
      reason: "MAINTENANCE",
      maintenance: { kind: "CALIBRATION" },
      device: { id: ct },
    });

    const done = await service.call<{ completeMaintenance: { status: string; completedAt: string } }>(
      `mutation ($id: ID!) { completeMaintenance(maintenanceId: $id, completedAt: "2026-11-10T11:30:00Z", notes: "all in tolerance") { status completedAt } }`,
      { id: past.data?.scheduleMaintenance.id },
    );
    expect(done.data?.completeMaintenance).toEqual({ status: "COMPLETED", completedAt: "2026-11-10T11:30:00.000Z" });
    const again = await service.call(`mutation ($id: ID!) { completeMaintenance(maintenanceId: $id) { status } }`, {
      id: past.data?.scheduleMaintenance.id,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("service contracts", () => {
  it("adds contracts and lists those expiring within the window, inclusive", async () => {
    const mr = await newScanner("MR-C1");
    const add = `mutation ($input: AddServiceContractInput!) { addServiceContract(input: $input) { id annualCost coverage endsOn } }`;
    const base = {
      deviceId: mr,
      vendor: "Philips",
      coverage: "FULL",
      startsOn: "2024-01-01",
      annualCost: "120000.5",
      responseTimeHours: 4,
    };
    const soon = await service.call<{ addServiceContract: { annualCost: string; coverage: string } }>(add, {
      input: { ...base, endsOn: "2026-12-23" },
    });
    expect(soon.data?.addServiceContract).toMatchObject({ annualCost: "120000.50", coverage: "FULL" });
    await service.call(add, { input: { ...base, coverage: "PARTS_ONLY", endsOn: "2027-12-31" } });
    const bad = await service.call(add, { input: { ...base, endsOn: "2023-01-01", annualCost: "-5" } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await service.count("service_contract")).toBe(2);
    const expiring = await service.call<{ contractsExpiring: { endsOn: string }[] }>(
      `{ contractsExpiring(withinDays: 30, asOf: "2026-11-23") { endsOn } }`,
      {},
      "manager",
    );
    expect(expiring.data?.contractsExpiring).toEqual([{ endsOn: "2026-12-23" }]);
  });
});
