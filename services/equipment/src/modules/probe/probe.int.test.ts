import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../../test/equipment-service.ts";

let service: TestEquipmentService;
beforeAll(async () => {
  service = await startTestEquipmentService();
});
afterAll(async () => {
  await service?.stop();
});

// Not in any staff directory: these tests run the equipment subgraph alone, so every request below is
// refused before the staff area would be asked (logging that succeeds is tested through the gateway,
// services/gateway/src/probe-disinfection.int.test.ts).
const sonographer = "5b7f3c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b";
const recordProbeUse = /* GraphQL */ `
  mutation ($input: RecordProbeUseInput!) {
    recordProbeUse(input: $input) {
      id
      usedAt
      appointmentReference
    }
  }
`;
const logDisinfection = /* GraphQL */ `
  mutation ($input: LogDisinfectionInput!) {
    logDisinfection(input: $input) {
      id
      result
      method
      performedBy {
        id
      }
      disinfectantLot {
        lotNumber
      }
    }
  }
`;
const status = /* GraphQL */ `
  query ($probeId: ID!) {
    probeDisinfectionStatus(probeId: $probeId) {
      safeToUse
      reason
      lastUsedAt
      lastPassingDisinfection {
        id
      }
      probe {
        safeToUse
      }
    }
  }
`;

interface Status {
  probeDisinfectionStatus: {
    safeToUse: boolean;
    reason: string | null;
    lastUsedAt: string | null;
    lastPassingDisinfection: { id: string } | null;
    probe: { safeToUse: boolean };
  };
}

async function safe(probeId: string): Promise<boolean> {
  const response = await service.call<Status>(status, { probeId }, "technologist");
  const row = response.data?.probeDisinfectionStatus;
  if (!row) throw new Error(JSON.stringify(response.errors));
  // The status and the Device field always agree.
  expect(row.probe.safeToUse).toBe(row.safeToUse);
  return row.safeToUse;
}

describe("probe high-level disinfection", () => {
  it("refuses a disinfection when the staff area cannot be asked who performed it, and writes nothing", async () => {
    const probeId = await service.registerDevice();
    const before = await service.count("probe_disinfection");
    const input = { probeId, method: "UV_C", performedById: sonographer, result: "PASS" };
    const response = await service.call<{ logDisinfection: unknown }>(logDisinfection, { input }, "technologist");
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "The staff area is not answering, so the staff member could not be checked; nothing was saved.",
        extensions: { code: "AREA_UNAVAILABLE", area: "staff", reason: "UNREACHABLE" },
      }),
    ]);
    expect(await service.count("probe_disinfection")).toBe(before);
    expect(await safe(probeId)).toBe(false);
  });

  it("does not count a passing disinfection logged before performers were confirmed toward safe to use", async () => {
    const probeId = await service.registerDevice();
    // As the migration left rows logged before the check: performer_confirmed takes its default, false.
    await service.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into probe_disinfection (id, probe_id, method, performed_by, performed_at, result, recorded_by, created_at)
         values (?, ?, 'opa-soak', ?, now() - interval '1 hour', 'pass', 'Before the check', now())`,
        [crypto.randomUUID(), probeId, sonographer],
      );
    const response = await service.call<Status>(status, { probeId }, "technologist");
    expect(response.data?.probeDisinfectionStatus).toMatchObject({
      safeToUse: false,
      lastPassingDisinfection: null,
      reason: "The probe has no passing high-level disinfection on record.",
    });
    expect(await safe(probeId)).toBe(false);
    const log = await service.call<{ disinfectionLog: { result: string }[] }>(
      `query ($probeId: ID!) { disinfectionLog(probeId: $probeId) { result } }`,
      { probeId },
      "technologist",
    );
    // It stays in the log: the history is kept, it just proves nothing about this probe now.
    expect(log.data?.disinfectionLog).toEqual([{ result: "PASS" }]);
  });

  it("answers bad probe input with BAD_USER_INPUT or NOT_FOUND and writes nothing; schedulers cannot log", async () => {
    const probeId = await service.registerDevice();
    const scannerId = await service.registerDevice({ kind: "SCANNER", modality: "CT", name: "CT-3" });
    const gelItem = await service.addItem({ name: "Gel", category: "GEL", unit: "bottle", location: "US" });
    const gelLot = await service.receive(gelItem, 3);
    const good = { probeId, method: "OPA_SOAK", performedById: sonographer, result: "PASS" };
    const before = await service.count("probe_disinfection");
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, method: "BOILING" }, "BAD_USER_INPUT"],
      [{ ...good, result: "MAYBE" }, "BAD_USER_INPUT"],
      [{ ...good, performedById: "not-a-uuid" }, "BAD_USER_INPUT"],
      [{ ...good, performedAt: "2099-01-01T00:00:00Z" }, "BAD_USER_INPUT"],
      [{ ...good, disinfectantLotId: gelLot }, "BAD_USER_INPUT"],
      [{ ...good, probeId: crypto.randomUUID() }, "NOT_FOUND"],
      [{ ...good, probeId: scannerId }, "NOT_FOUND"],
    ];
    for (const [input, code] of cases) {
      const response = await service.call(logDisinfection, { input }, "technologist");
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    }
    const scheduler = await service.call(logDisinfection, { input: good }, "scheduler");
    expect(scheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const schedulerUse = await service.call(recordProbeUse, { input: { probeId } }, "scheduler");
    expect(schedulerUse.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("probe_disinfection")).toBe(before);
    expect(await service.count(`probe_use where probe_id = '${probeId}'`)).toBe(0);
  });

  it("answers safeToUse for a whole list of probes with one history query, and refuses use of a retired probe", async () => {
    const probes = await Promise.all(Array.from({ length: 5 }, () => service.registerDevice()));
    service.statements.length = 0;
    const list = await service.call<{ devices: { nodes: { safeToUse: boolean }[] } }>(
      `{ devices(kind: ULTRASOUND_PROBE, first: 100) { nodes { id safeToUse } } }`,
    );
    expect(list.data?.devices.nodes.length).toBeGreaterThanOrEqual(5);
    expect(service.statements.filter((sql) => sql.includes("probe_use"))).toHaveLength(1);

    const [retiredProbe] = probes;
    await service.call(`mutation ($id: ID!) { retireDevice(deviceId: $id) { id } }`, { id: retiredProbe });
    const use = await service.call(recordProbeUse, { input: { probeId: retiredProbe } }, "technologist");
    expect(use.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count(`probe_use where probe_id = '${retiredProbe}'`)).toBe(0);
  });
});
