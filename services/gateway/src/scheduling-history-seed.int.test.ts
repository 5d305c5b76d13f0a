import { randomUUID } from "node:crypto";
import { areas, loadAreaCode } from "@gantry/areas/areas";
import { addDays } from "@gantry/calendar/calendar";
import { createLogger } from "@gantry/logging/logger";
import { AreaClient } from "@gantry/subgraph-kit/area-client";
import { testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import { must } from "../test/scheduling-department.ts";

// The demo history is checked against the other areas as they answer through the gateway, with
// this test's own reading of their rules: every booking inside its scanner's hours, outside its
// downtime, run by a technologist on a regular shift for the modality and credentialed that day.
const today = "2026-03-16";
const now = new Date(`${today}T12:00:00Z`);
const [daysBefore, daysAhead] = [21, 7];
const [from, to] = [addDays(today, -daysBefore), addDays(today, daysAhead - 1)];

let stack: FederatedStack;
let summary: string;
const seedHistory = async () => {
  const area = areas.find((candidate) => candidate.name === "scheduling");
  const code = area && (await loadAreaCode(area));
  if (!code?.seedWithOtherAreas) throw new Error("scheduling declares no seed that reads other areas");
  const caller = {
    identity: { ...testIdentity("coordinator"), requestId: randomUUID() },
    purpose: "operations" as const,
    logger: createLogger("test", "warn"),
  };
  const client = new AreaClient({ gatewayUrl: stack.gatewayUrl, timeoutMs: 30_000 }, "scheduling", testInternalSecret, caller);
  return code.seedWithOtherAreas(orm("scheduling"), client, { today, now, daysBefore, daysAhead, patients: 400 });
};
const orm = (name: string) => {
  const subgraph = stack.subgraphs[name];
  if (!subgraph) throw new Error(`no ${name} subgraph`);
  return subgraph.orm;
};
const sql = <TRow>(statement: string, params: unknown[] = []) =>
  orm("scheduling").em.fork().getConnection().execute<TRow[]>(statement, params);

beforeAll(async () => {
  stack = await startFederatedStack();
  for (const area of areas) {
    const { seedDemoData } = await loadAreaCode(area);
    await seedDemoData?.(orm(area.name), { today, patients: 400 });
  }
  summary = await seedHistory();
}, 240_000);
afterAll(async () => {
  await stack?.stop();
});

interface Booked {
  id: string;
  device_id: string;
  technologist_id: string;
  patient_id: string;
  modality: string;
  starts_at: string | Date;
  ends_at: string | Date;
  status: string;
}

const overlaps = (a: { startsAt: number; endsAt: number }, b: { startsAt: number; endsAt: number }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

describe("the demo history", () => {
  it("books weeks of exams in the department's proportions, once", async () => {
    expect(summary).toMatch(/^\d+ appointments/);
    const [mix] = await sql<{ total: number; past: number; cancelled: number; noshow: number }>(
      `select count(*)::int as total, count(*) filter (where ends_at <= ?)::int as past,
              count(*) filter (where ends_at <= ? and status = 'cancelled')::int as cancelled,
              count(*) filter (where ends_at <= ? and status = 'noshow')::int as noshow
       from appointment`,
      [now, now, now],
    );
    expect(mix?.total).toBeGreaterThan(3000);
    const share = (part = 0) => part / (mix?.past ?? 1);
    expect(share(mix?.cancelled)).toBeGreaterThan(0.08);
    expect(share(mix?.cancelled)).toBeLessThan(0.2);
    expect(share(mix?.noshow)).toBeGreaterThan(0.015);
    expect(share(mix?.noshow)).toBeLessThan(0.07);
    // Run again, it adds nothing.
    expect(await seedHistory()).toMatch(/exist already/);
    const [again] = await sql<{ total: number }>(`select count(*)::int as total from appointment`);
    expect(again?.total).toBe(mix?.total);
  });

  it("fits every booking to the rota, the credentials, the scanners' hours and their downtime", async () => {
    const bookings = await sql<Booked>(
      `select a.id, a.device_id, a.technologist_id, a.patient_id, p.modality, a.starts_at, a.ends_at, a.status
       from appointment a join imaging_order o on o.id = a.order_id join procedure p on p.id = o.procedure_id`,
    );
    type Person = { id: string; shifts: { startsAt: string; endsAt: string; kind: string; cancelled: boolean; modality: string | null }[] };
    const people = await must<{ technologists: { nodes: Person[] }; sonographers: { nodes: Person[] } }>(
      stack,
      `query ($from: Date!, $to: Date!) {
        technologists: staffDirectory(role: TECHNOLOGIST, first: 100) { nodes { id shifts(from: $from, to: $to) { startsAt endsAt kind cancelled modality } } }
        sonographers: staffDirectory(role: SONOGRAPHER, first: 100) { nodes { id shifts(from: $from, to: $to) { startsAt endsAt kind cancelled modality } } }
      }`,
      { from, to },
      "coordinator",
    );
    const everyone = [...people.technologists.nodes, ...people.sonographers.nodes];
    const shifts = new Map(everyone.map((person) => [person.id, person.shifts]));
    const credentialed = new Set<string>();
    for (const modality of ["CT", "MR", "XR", "US", "MG", "NM"])
      for (const start of [from, addDays(from, 14)]) {
        const answer = await must<{ staffCredentialedDuring: { staffMember: { id: string }; days: string[] }[] }>(
          stack,
          `query ($modality: Modality!, $from: Date!, $to: Date!) { staffCredentialedDuring(modality: $modality, from: $from, to: $to) { staffMember { id } days } }`,
          { modality, from: start, to: addDays(start, 13) },
          "coordinator",
        );
        for (const entry of answer.staffCredentialedDuring)
          for (const day of entry.days) credentialed.add(`${entry.staffMember.id} ${modality} ${day}`);
      }
    const deviceIds = [...new Set(bookings.map((booking) => booking.device_id))];
    const scanners = await must<{ devices: { nodes: { id: string; openingHours: { open: { startsAt: string; endsAt: string }[] }[] }[] } }>(
      stack,
      `query ($from: Date!, $to: Date!) { devices(kind: SCANNER, first: 100) { nodes { id openingHours(from: $from, to: $to) { open { startsAt endsAt } } } } }`,
      { from, to },
      "coordinator",
    );
    const hours = new Map(scanners.devices.nodes.map((device) => [device.id, device.openingHours.flatMap((day) => day.open)]));
    const downtime = new Map<string, { startsAt: string; endsAt: string | null }[]>();
    for (const deviceId of deviceIds) {
      const answer = await must<{ downtimeWindows: { startsAt: string; endsAt: string | null }[] }>(
        stack,
        `query ($id: ID!, $from: DateTime!, $to: DateTime!) { downtimeWindows(deviceId: $id, from: $from, to: $to) { startsAt endsAt } }`,
        { id: deviceId, from: `${from}T00:00:00Z`, to: `${addDays(to, 1)}T00:00:00Z` },
        "coordinator",
      );
      downtime.set(deviceId, answer.downtimeWindows);
    }

    const misfits: string[] = [];
    for (const booking of bookings) {
      const slot = { startsAt: new Date(booking.starts_at).getTime(), endsAt: new Date(booking.ends_at).getTime() };
      const day = new Date(slot.startsAt).toISOString().slice(0, 10);
      const modality = booking.modality.toUpperCase();
      const onShift = (shifts.get(booking.technologist_id) ?? []).some(
        (shift) =>
          shift.kind === "REGULAR" &&
          !shift.cancelled &&
          (shift.modality === null || shift.modality === modality) &&
          Date.parse(shift.startsAt) <= slot.startsAt &&
          Date.parse(shift.endsAt) >= slot.endsAt,
      );
      if (!onShift) misfits.push(`${booking.id}: technologist not on a regular ${modality} shift`);
      if (!credentialed.has(`${booking.technologist_id} ${modality} ${day}`))
        misfits.push(`${booking.id}: technologist not credentialed for ${modality} on ${day}`);
      const open = (hours.get(booking.device_id) ?? []).some(
        (period) => Date.parse(period.startsAt) <= slot.startsAt && Date.parse(period.endsAt) >= slot.endsAt,
      );
      if (!open) misfits.push(`${booking.id}: outside the scanner's opening hours`);
      const down = (downtime.get(booking.device_id) ?? []).some((window) =>
        overlaps(slot, { startsAt: Date.parse(window.startsAt), endsAt: window.endsAt ? Date.parse(window.endsAt) : Infinity }),
      );
      if (down) misfits.push(`${booking.id}: during the scanner's downtime`);
    }
    expect(misfits.slice(0, 10)).toEqual([]);
    expect([...downtime.values()].flat().length).toBeGreaterThan(0);
  });

  it("stamps every step in order, never after now, with the history ending where the appointment stands", async () => {
    const [late] = await sql<{ count: number }>(
      `select count(*)::int as count from appointment
       where greatest(booked_at, arrived_at, checked_in_at, exam_started_at, exam_ended_at, report_preliminary_at, report_final_at,
                      report_distributed_at, cancelled_at) > ?`,
      [now],
    );
    expect(late?.count).toBe(0);
    const [disorder] = await sql<{ count: number }>(
      `select count(*)::int as count from appointment
       where not (booked_at <= coalesce(arrived_at, booked_at) and coalesce(arrived_at, booked_at) <= coalesce(checked_in_at, 'infinity')
              and coalesce(checked_in_at, '-infinity') <= coalesce(exam_started_at, 'infinity')
              and coalesce(exam_started_at, '-infinity') <= coalesce(exam_ended_at, 'infinity')
              and coalesce(exam_ended_at, '-infinity') <= coalesce(report_final_at, 'infinity')
              and coalesce(report_final_at, '-infinity') <= coalesce(report_distributed_at, 'infinity'))`,
    );
    expect(disorder?.count).toBe(0);
    const [astray] = await sql<{ count: number }>(
      `select count(*)::int as count from appointment a
       where a.status <> (select h.to_status from appointment_history h where h.appointment_id = a.id order by h.at desc, h.id desc limit 1)`,
    );
    expect(astray?.count).toBe(0);
    const [order] = await sql<{ ordered_after_exam: number; open_queue: number }>(
      `select count(*) filter (where o.ordered_at > a.starts_at)::int as ordered_after_exam,
              (select count(*) from imaging_order where status = 'active' and triaged_at is null)::int as open_queue
       from appointment a join imaging_order o on o.id = a.order_id`,
    );
    expect(order).toEqual({ ordered_after_exam: 0, open_queue: expect.any(Number) as number });
    expect(order?.open_queue).toBeGreaterThan(0);
  });

  it("records critical findings on reported exams, most communicated with a read-back, a few past their limit and open", async () => {
    const [findings] = await sql<{ total: number; closed: number; late: number }>(
      `select count(*)::int as total, count(communicated_at)::int as closed,
              count(*) filter (where communicated_at > communicate_by)::int as late
       from critical_finding f join appointment a on a.id = f.appointment_id
       where a.report_status is not null and f.recorded_at <= ?`,
      [now],
    );
    expect(findings?.total).toBeGreaterThan(10);
    expect(findings?.closed).toBeGreaterThan((findings?.total ?? 0) / 2);
    expect(findings?.late).toBeGreaterThan(0);
    const overdue = await must<{ openCriticalFindings: { overdue: boolean }[] }>(
      stack,
      `query ($asOf: DateTime) { openCriticalFindings(overdueOnly: true, asOf: $asOf) { overdue } }`,
      { asOf: now.toISOString() },
      "coordinator",
    );
    expect(overdue.openCriticalFindings.length).toBeGreaterThan(0);
  });

  it("records contrast on exams only as the equipment area's stock movements took it, never more than a movement took", async () => {
    const given = await sql<{ lot: string; movement: string; units: number }>(
      `select contrast_lot_id as lot, contrast_stock_movement_id as movement, sum(contrast_quantity)::int as units
       from appointment where contrast_stock_movement_id is not null group by 1, 2`,
    );
    expect(given.length).toBeGreaterThan(0);
    const lots = [...new Set(given.map((row) => row.lot))];
    const taken = new Map<string, { lot: string; units: number }>();
    for (const lot of lots) {
      const answer = await must<{ stockMovements: { id: string; kind: string; quantity: number }[] }>(
        stack,
        `query ($lot: ID!) { stockMovements(lotId: $lot) { id kind quantity } }`,
        { lot },
        "coordinator",
      );
      for (const movement of answer.stockMovements)
        if (movement.kind === "USED") taken.set(movement.id, { lot, units: -movement.quantity });
    }
    const misfits = given.filter((row) => {
      const movement = taken.get(row.movement);
      return !movement || movement.lot !== row.lot || row.units > movement.units;
    });
    expect(misfits).toEqual([]);
  });

  it("books registered patients, whom the worklist names through the patients area", async () => {
    const answer = await must<{ worklist: { patient: { name: { text: string } } | null }[] }>(
      stack,
      `query ($day: Date!) { worklist(day: $day, includeClosed: true) { patient { name { text } } } }`,
      { day: addDays(today, -1) },
      "coordinator",
    );
    expect(answer.worklist.length).toBeGreaterThan(50);
    expect(answer.worklist.every((entry) => (entry.patient?.name.text.length ?? 0) > 0)).toBe(true);
  });
});
