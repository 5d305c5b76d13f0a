import { stableUuid } from "@gantry/demo-data/random";
import { tableFingerprints } from "@gantry/testing/table-contents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../test/equipment-service.ts";
import { demoSonographerIds } from "./demo-equipment.ts";
import { seedEquipmentDemoData } from "./seed-equipment.ts";

const today = "2026-11-23";
const tables = [
  "device",
  "down_period",
  "maintenance",
  "service_contract",
  "inventory_item",
  "inventory_lot",
  "stock_movement",
  "probe_use",
  "probe_disinfection",
];

let first: TestEquipmentService;
let second: TestEquipmentService;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestEquipmentService(), startTestEquipmentService()]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

async function scalar(service: TestEquipmentService, sql: string): Promise<number> {
  const [row] = await service.orm.em.fork().getConnection().execute<{ value: string }[]>(sql);
  return Number(row?.value);
}

describe("equipment demo seed", () => {
  it("builds the same equipment every time, and a second run (any day) changes nothing", async () => {
    const summary = await seedEquipmentDemoData(first.orm, { today });
    expect(summary).toMatch(/^51 devices/);
    const total = (await Promise.all(tables.map((table) => first.count(table)))).reduce((sum, count) => sum + count, 0);
    expect(summary).toContain(`(${total} rows new)`);
    await seedEquipmentDemoData(second.orm, { today });
    const printed = await tableFingerprints(first.orm, tables);
    expect(await tableFingerprints(second.orm, tables)).toEqual(printed);

    expect(await seedEquipmentDemoData(first.orm, { today })).toMatch(/\(0 rows new\)$/);
    expect(await seedEquipmentDemoData(first.orm, { today: "2026-12-02" })).toMatch(/\(0 rows new\)$/);
    expect(await tableFingerprints(first.orm, tables)).toEqual(printed);
  });

  it("has the department's mix of devices and inventory, and stock never below zero at any point", async () => {
    expect(await first.count("device where kind = 'scanner'")).toBe(12);
    expect(await first.count("device where kind = 'ultrasound-probe'")).toBe(30);
    expect(await first.count("inventory_item")).toBe(40);
    expect(await first.count("maintenance where ends_at < '2026-11-23' and status = 'completed'")).toBeGreaterThan(100);
    expect(await first.count("maintenance where starts_at > '2026-11-23T12:00:00Z' and status = 'scheduled'")).toBeGreaterThan(10);
    const lowestRunning = await scalar(
      first,
      `select min(running)::text as value from (select sum(quantity) over (partition by lot_id, location order by occurred_at, id) as running from stock_movement) t`,
    );
    expect(lowestRunning).toBeGreaterThanOrEqual(0);
    expect(await first.count("stock_movement")).toBeGreaterThan(4000);
  });

  it("references the staff seed's sonographers by their stable ids", async () => {
    expect(demoSonographerIds[0]).toBe(stableUuid("staff", "staff:61"));
    const performers = await first.orm.em
      .fork()
      .getConnection()
      .execute<{ performed_by: string }[]>(`select distinct performed_by from probe_disinfection`);
    expect(performers.length).toBeGreaterThan(5);
    for (const { performed_by } of performers) expect(demoSonographerIds).toContain(performed_by);
  });

  it("gives the screens something to show: downtime, due and overdue work, expiring contracts and lots, reorder alerts, unsafe probes", async () => {
    const asOf = `${today}T12:00:00Z`;
    const response = await first.call<{
      downtimeWindows: unknown[];
      maintenanceDue: unknown[];
      maintenanceOverdue: unknown[];
      contractsExpiring: unknown[];
      lotsExpiring: unknown[];
      itemsBelowReorderLevel: unknown[];
      devices: { nodes: { safeToUse: boolean }[] };
    }>(
      `query ($asOf: DateTime!, $day: Date!, $to: DateTime!) {
        downtimeWindows(modality: CT, from: $asOf, to: $to) { reason }
        maintenanceDue(withinDays: 30, asOf: $asOf) { id }
        maintenanceOverdue(asOf: $asOf) { id }
        contractsExpiring(withinDays: 90, asOf: $day) { id }
        lotsExpiring(withinDays: 30, asOf: $day) { onHand }
        itemsBelowReorderLevel { id }
        devices(kind: ULTRASOUND_PROBE, first: 100) { nodes { safeToUse } }
      }`,
      { asOf, day: today, to: "2026-12-23T00:00:00Z" },
      "scheduler",
    );
    expect(response.errors).toBeUndefined();
    const data = response.data;
    expect(data?.downtimeWindows.length).toBeGreaterThan(0);
    expect(data?.maintenanceDue.length).toBeGreaterThan(0);
    expect(data?.maintenanceOverdue.length).toBeGreaterThan(0);
    expect(data?.contractsExpiring.length).toBeGreaterThan(0);
    expect(data?.lotsExpiring.length).toBeGreaterThan(0);
    expect(data?.itemsBelowReorderLevel.length).toBeGreaterThan(0);
    const probes = data?.devices.nodes ?? [];
    expect(probes.filter((probe) => probe.safeToUse).length).toBeGreaterThan(15);
    expect(probes.filter((probe) => !probe.safeToUse).length).toBeGreaterThan(0);
  });
});
