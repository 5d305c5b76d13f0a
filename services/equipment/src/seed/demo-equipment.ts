import type { Row } from "@gantry/demo-data/insert-rows";
import { DemoRandom, stableUuid } from "@gantry/demo-data/random";
import { addDays } from "../ids.ts";
import { demoDevices, demoItems, type DemoItem } from "./demo-catalogue.ts";

export interface DemoEquipment {
  device: Row[];
  down_period: Row[];
  maintenance: Row[];
  service_contract: Row[];
  inventory_item: Row[];
  inventory_lot: Row[];
  stock_movement: Row[];
  probe_use: Row[];
  probe_disinfection: Row[];
}

/**
 * Sonographers of the staff area's demo department. The staff seed numbers its 150 people in order
 * (60 technologists, then 20 sonographers: numbers 61–80) and gives person n the id
 * `stableUuid("staff", "staff:n")` (services/staff/src/seed/demo-department.ts); deriving them the same
 * way lets the gateway resolve who disinfected a probe without this area reading the staff database.
 */
export const demoSonographerIds: readonly string[] = Array.from({ length: 20 }, (_, index) => stableUuid("staff", `staff:${61 + index}`));

const id = (kind: string, key: string) => stableUuid("equipment", `${kind}:${key}`);
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const hours = (iso: string, count: number) => new Date(new Date(iso).getTime() + count * 3_600_000).toISOString();
/** Days since 1970-01-01: fixes a device's maintenance calendar to real dates, whatever `today` is. */
const dayNumber = (day: string) => Math.round(new Date(`${day}T00:00:00Z`).getTime() / 86_400_000);

/**
 * The demo department's equipment as table rows, built only from `today` and a fixed seed: the same
 * day always gives the same devices, a year of maintenance and stock history, and two weeks of probe
 * reprocessing.
 */
export function buildDemoEquipment(today: string): DemoEquipment {
  const random = new DemoRandom(20261124);
  const now = at(today, "12:00");
  const data: DemoEquipment = {
    device: [],
    down_period: [],
    maintenance: [],
    service_contract: [],
    inventory_item: [],
    inventory_lot: [],
    stock_movement: [],
    probe_use: [],
    probe_disinfection: [],
  };
  const devices = demoDevices();

  devices.forEach((device, index) => {
    const deviceId = id("device", device.key);
    const installedOn = addDays(today, -random.int(365, 3650));
    let status = "active";
    if (device.key === "scanner:CT-3") status = "down";
    if (device.key === "scanner:XR-2") status = "maintenance";
    if (device.key === "probe:30") status = "retired";
    data.device.push({
      id: deviceId,
      name: device.name,
      kind: device.kind,
      modality: device.modality,
      manufacturer: device.manufacturer,
      model: device.model,
      serial_number: `${device.manufacturer.slice(0, 2).toUpperCase()}-${random.digits(8)}`,
      room: device.room,
      installed_on: installedOn,
      end_of_support_on: addDays(installedOn, random.int(8, 12) * 365),
      status,
      created_at: at(installedOn, "09:00"),
      updated_at: now,
    });
    // The device in maintenance today gets today's window instead of its calendar ones.
    if (device.kind === "scanner" || device.kind === "injector")
      addMaintenance(data, random, deviceId, device.kind, index, today, now, status === "maintenance");
    if (status === "down") {
      data.down_period.push({
        id: id("down", `${device.key}:${today}`),
        device_id: deviceId,
        starts_at: hours(now, -5),
        ends_at: null,
        reason: "Tube arcing; vendor engineer called",
        recorded_by: "Demo coordinator",
      });
    }
    if (status === "maintenance") {
      data.maintenance.push(
        maintenanceRow(
          deviceId,
          `${device.key}:now`,
          "corrective",
          at(today, "09:00"),
          at(today, "17:00"),
          "in-progress",
          null,
          "Detector replacement",
          now,
        ),
      );
    }
    if (device.kind === "scanner" && index % 3 === 0) {
      const past = addDays(today, -random.int(40, 300));
      data.down_period.push({
        id: id("down", `${device.key}:${past}`),
        device_id: deviceId,
        starts_at: at(past, "10:00"),
        ends_at: at(past, "15:30"),
        reason: "Unplanned outage",
        recorded_by: "Demo coordinator",
      });
    }
    if (device.kind === "scanner" || device.kind === "injector") {
      const endsOn = addDays(today, index % 4 === 0 ? random.int(10, 85) : random.int(120, 900));
      data.service_contract.push({
        id: id("contract", device.key),
        device_id: deviceId,
        vendor: device.manufacturer,
        coverage: random.pick(["full", "full", "parts-only", "labor-only", "preventive-only"]),
        starts_on: addDays(endsOn, -3 * 365 + 1),
        ends_on: endsOn,
        annual_cost: `${device.kind === "scanner" ? random.int(40, 180) * 1000 : random.int(3, 12) * 1000}.00`,
        response_time_hours: random.pick([4, 8, 24, 48]),
        created_at: now,
      });
    }
  });

  const disinfectantLots = addInventory(data, random, demoItems(), today);
  devices.forEach((device) => {
    if (device.kind === "ultrasound-probe" && device.key !== "probe:30")
      addProbeHistory(data, random, id("device", device.key), device.key, today, disinfectantLots);
  });
  return data;
}

function maintenanceRow(
  deviceId: string,
  key: string,
  kind: string,
  startsAt: string,
  endsAt: string,
  status: string,
  completedAt: string | null,
  notes: string | null,
  now: string,
): Row {
  return {
    id: id("maintenance", key),
    device_id: deviceId,
    kind,
    starts_at: startsAt,
    ends_at: endsAt,
    vendor: kind === "phantom-qa" ? null : "Vendor field service",
    status,
    completed_at: completedAt,
    notes,
    scheduled_by: "Demo coordinator",
    created_at: now,
    updated_at: now,
  };
}

/**
 * A year back and three months ahead: monthly phantom QA (06:00–07:00) for scanners and quarterly
 * preventive maintenance (08:00–16:00), on calendar days fixed per device, so windows never overlap.
 */
function addMaintenance(
  data: DemoEquipment,
  random: DemoRandom,
  deviceId: string,
  kind: string,
  index: number,
  today: string,
  now: string,
  skipToday: boolean,
): void {
  let leftOverdue = index !== 0;
  for (let offset = -365; offset <= 90; offset++) {
    if (skipToday && offset === 0) continue;
    const day = addDays(today, offset);
    const number = dayNumber(day);
    const windows: [string, string, string][] = [];
    if (kind === "scanner" && (number + index) % 30 === 0) windows.push(["phantom-qa", "06:00", "07:00"]);
    if ((number + index * 7) % 91 === 0) windows.push(["preventive", "08:00", "16:00"]);
    if (kind === "scanner" && (number + index * 11) % 173 === 0) windows.push(["calibration", "16:00", "18:00"]);
    for (const [maintenanceKind, from, to] of windows) {
      const startsAt = at(day, from);
      const endsAt = at(day, to);
      let status = endsAt < now ? "completed" : "scheduled";
      if (status === "completed" && random.chance(0.04)) status = "cancelled";
      // One preventive visit in the last month left open, so the overdue list has something in it.
      if (status === "completed" && !leftOverdue && maintenanceKind === "preventive" && offset > -60) {
        status = "scheduled";
        leftOverdue = true;
      }
      data.maintenance.push(
        maintenanceRow(
          deviceId,
          `${deviceId}:${day}:${maintenanceKind}`,
          maintenanceKind,
          startsAt,
          endsAt,
          status,
          status === "completed" ? hours(endsAt, -0.5) : null,
          status === "cancelled" ? "Cancelled: vendor rescheduled" : null,
          now,
        ),
      );
    }
  }
}

/** Items, three lots each over the year, and daily use that never takes a lot below zero. */
function addInventory(data: DemoEquipment, random: DemoRandom, items: DemoItem[], today: string): string[] {
  const disinfectantLots: string[] = [];
  items.forEach((item, itemIndex) => {
    const itemId = id("item", item.key);
    data.inventory_item.push({
      id: itemId,
      name: item.name,
      category: item.category,
      unit: item.unit,
      location: item.location,
      reorder_level: item.reorderLevel,
      created_at: at(addDays(today, -400), "08:00"),
    });
    const lots: { id: string; balance: number; receivedOffset: number }[] = [];
    // Every sixth item missed its last delivery, so the reorder alert has work to do.
    const receipts = itemIndex % 6 === 0 ? [-360, -240, -120] : [-360, -240, -120, -random.int(5, 40)];
    for (const receivedOffset of receipts) {
      const receivedOn = addDays(today, receivedOffset);
      const lotNumber = `${item.name
        .slice(0, 3)
        .toUpperCase()
        .replace(/[^A-Z]/g, "X")}${random.digits(6)}`;
      const lotId = id("lot", `${item.key}:${receivedOffset}`);
      // Some recent lots expire soon, so the expiry alert has work to do.
      const expiresOn =
        item.shelfLifeDays === null
          ? null
          : addDays(receivedOn, receivedOffset === -120 && random.chance(0.3) ? random.int(125, 145) : item.shelfLifeDays);
      data.inventory_lot.push({
        id: lotId,
        item_id: itemId,
        lot_number: lotNumber,
        expires_on: expiresOn,
        created_at: at(receivedOn, "08:00"),
      });
      if (item.category === "disinfectant") disinfectantLots.push(lotId);
      const quantity = item.dailyUse * random.int(90, 130);
      lots.push({ id: lotId, balance: quantity, receivedOffset });
      pushMovement(data, lotId, item.location, "received", quantity, at(receivedOn, "08:30"), null);
    }
    for (let offset = -359; offset <= 0; offset++) {
      const day = addDays(today, offset);
      // Oldest lot first (first expiry, first out), only from lots already received.
      const lot = lots.find((candidate) => candidate.receivedOffset < offset && candidate.balance > 0);
      if (!lot) continue;
      const wanted = random.int(0, item.dailyUse * 2);
      const quantity = Math.min(wanted, lot.balance);
      if (quantity > 0) {
        pushMovement(data, lot.id, item.location, "used", -quantity, at(day, `${String(random.int(8, 17)).padStart(2, "0")}:15`), null);
        lot.balance -= quantity;
      }
      if (lot.balance > 0 && random.chance(0.02)) {
        pushMovement(data, lot.id, item.location, "wasted", -1, at(day, "18:00"), "Opened and not used");
        lot.balance -= 1;
      }
      if (random.chance(0.01)) {
        const correction = lot.balance > 0 && random.chance(0.5) ? -1 : 1;
        pushMovement(data, lot.id, item.location, "adjusted", correction, at(day, "19:00"), "Monthly count");
        lot.balance += correction;
      }
    }
  });
  return disinfectantLots;
}

function pushMovement(
  data: DemoEquipment,
  lotId: string,
  location: string,
  kind: string,
  quantity: number,
  occurredAt: string,
  reason: string | null,
): void {
  data.stock_movement.push({
    id: id("movement", `${lotId}:${data.stock_movement.length}`),
    lot_id: lotId,
    location,
    kind,
    quantity,
    recorded_by: kind === "received" ? "Demo coordinator" : "Demo technologist",
    occurred_at: occurredAt,
    reason,
    created_at: occurredAt,
  });
}

/** Two weeks of scans, each followed by high-level disinfection; now and then a FAIL and a repeat; a few probes left waiting. */
function addProbeHistory(
  data: DemoEquipment,
  random: DemoRandom,
  probeId: string,
  key: string,
  today: string,
  disinfectantLots: string[],
): void {
  for (let offset = -13; offset <= 0; offset++) {
    const day = addDays(today, offset);
    const uses = random.int(1, 4);
    for (let use = 0; use < uses; use++) {
      const usedAt = at(day, `${String(8 + use * 2).padStart(2, "0")}:${String(random.int(0, 45)).padStart(2, "0")}`);
      data.probe_use.push({
        id: id("use", `${key}:${usedAt}`),
        probe_id: probeId,
        used_at: usedAt,
        appointment_reference: `APT-${random.digits(7)}`,
        recorded_by: "Demo sonographer",
        created_at: usedAt,
      });
      // The last scan of today on every fifth probe is still waiting for reprocessing.
      if (offset === 0 && use === uses - 1 && random.chance(0.2)) continue;
      let performedAt = hours(usedAt, 0.5);
      if (random.chance(0.03)) {
        data.probe_disinfection.push(disinfection(probeId, key, performedAt, "fail", random, disinfectantLots));
        performedAt = hours(performedAt, 0.25);
      }
      data.probe_disinfection.push(disinfection(probeId, key, performedAt, "pass", random, disinfectantLots));
    }
  }
}

function disinfection(
  probeId: string,
  key: string,
  performedAt: string,
  result: string,
  random: DemoRandom,
  disinfectantLots: string[],
): Row {
  return {
    id: id("disinfection", `${key}:${performedAt}`),
    probe_id: probeId,
    method: random.pick(["hydrogen-peroxide-mist", "hydrogen-peroxide-mist", "opa-soak"]),
    disinfectant_lot_id: random.pick(disinfectantLots),
    performed_by: random.pick(demoSonographerIds),
    // The staff seed's own ids (demoSonographerIds): known to the staff area by construction.
    performer_confirmed: true,
    performed_at: performedAt,
    result,
    notes: result === "fail" ? "Chemical indicator did not change colour; repeated" : null,
    recorded_by: "Demo sonographer",
    created_at: performedAt,
  };
}
