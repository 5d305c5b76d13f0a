import { addDays } from "@gantry/calendar/calendar";
import { insertDemoRows, type Row } from "@gantry/demo-data/insert-rows";
import { DemoRandom, stableUuid } from "@gantry/demo-data/random";
import type { AreaAsker } from "@gantry/subgraph-kit/area-client";
import { departmentTimeZone } from "@gantry/subgraph-kit/department-clock";
import type { MikroORM } from "@mikro-orm/postgresql";
import { bookingOutcome } from "./booking-outcome.ts";
import { recordContrastUse } from "./contrast-use.ts";
import { criticalFinding } from "./critical-findings.ts";
import { planBookings } from "./booking-plan.ts";
import { drawShare, priorityByClass, reasonsByModality, referrers } from "./department-mix.ts";
import { readDepartment, type Department } from "./department-sources.ts";

export interface HistoryOptions {
  /** The department's today (YYYY-MM-DD). */
  today: string;
  /** Days of history before today, and days booked from today on. */
  daysBefore: number;
  daysAhead: number;
  /** At most this many registered patients take part. */
  patients: number;
  now?: Date;
}

const minuteMs = 60_000;

/** Orders placed in the last two days and not booked yet: the queue a coordinator opens in the morning. */
function waitingOrders(department: Department, now: Date, random: DemoRandom, count: number): Row[] {
  const procedures = department.procedures.filter(
    (procedure) => procedure.group === null && department.devices.some((device) => device.modality === procedure.modality),
  );
  const rows: Row[] = [];
  for (let index = 0; index < count && procedures.length > 0 && department.patients.length > 0; index++) {
    const procedure = random.pick(procedures);
    const patientClass = random.chance(0.3) ? "inpatient" : "outpatient";
    const ordered = new Date(now.getTime() - random.int(10, 48 * 60) * minuteMs);
    const triaged = random.chance(0.5);
    const [referrer, npi] = random.pick(referrers.slice(0, -1));
    const [code, text] = random.pick(reasonsByModality[procedure.modality] ?? [["R69", "Illness, unspecified"]]);
    const triagedBy = random.pick(department.radiologists.length > 0 ? department.radiologists : ["Radiologist"]);
    rows.push({
      id: stableUuid("scheduling", `history-waiting:${index}`),
      placer_order_number: `EHR-W${String(index).padStart(5, "0")}`,
      patient_id: random.pick(department.patients).id,
      referring_name: referrer,
      referring_npi: npi,
      procedure_id: procedure.id,
      laterality: procedure.lateralityRequired ? random.pick(["left", "right"]) : null,
      reason_code: code,
      reason_text: text,
      priority: drawShare(random, priorityByClass[patientClass]),
      patient_class: patientClass,
      status: "active",
      requires_prior_auth: procedure.priorAuthRequired,
      triaged_at: triaged ? new Date(ordered.getTime() + random.int(5, 120) * minuteMs).toISOString() : null,
      triaged_by: triaged ? triagedBy : null,
      ordered_at: ordered.toISOString(),
      ordered_by: referrer,
      updated_at: ordered.toISOString(),
      updated_by: referrer,
    });
  }
  return rows;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

/**
 * A department's history of bookings, written into this area's own tables once every area answers:
 * what the other areas hold (scanners and their downtime, the rota and who was credentialed each
 * day, registered patients) is read through the gateway, never from their databases, and every
 * booking fits them as the slot finder would have offered it. The database's exclusion constraints
 * check each row as it goes in, so an inconsistent plan fails whole. Skipped when there are
 * appointments already; deterministic for the same day and the same other areas.
 */
export async function seedSchedulingHistory(orm: MikroORM, areas: AreaAsker, options: HistoryOptions): Promise<string> {
  const em = orm.em.fork();
  const [{ count }] = (await em.getConnection().execute<{ count: number }[]>(`select count(*)::int as count from appointment`)) as [
    { count: number },
  ];
  if (count > 0) return `${count} appointments exist already; no history added`;
  const started = Date.now();
  const now = options.now ?? new Date();
  const from = addDays(options.today, -options.daysBefore);
  const to = addDays(options.today, options.daysAhead - 1);
  const department = await readDepartment(areas, em, {
    from,
    to,
    today: options.today,
    timeZone: departmentTimeZone(),
    patients: options.patients,
  });
  if (department.patients.length === 0) return "no registered patients; no history booked";
  const read = Date.now();

  const random = new DemoRandom(20261201);
  const bookings = planBookings(department, { from, to, now, random });
  const outcomes = bookings.map((booking, index) => bookingOutcome(booking, index, now, random, department));
  // Accession numbers follow the order in which orders were placed.
  const orders = [...outcomes.map((outcome) => outcome.order), ...waitingOrders(department, now, random, 80)].sort((a, b) =>
    String(a.ordered_at).localeCompare(String(b.ordered_at)),
  );
  const contrastGiven = recordContrastUse(outcomes, bookings, department.contrastUse, departmentTimeZone());
  const appointments = outcomes.map((outcome) => outcome.appointment);
  const history = outcomes.flatMap((outcome) => outcome.history);
  const findings: Row[] = [];
  outcomes.forEach((outcome, index) => {
    const finding = criticalFinding(outcome, bookings[index]?.procedure.bodyPart ?? "", now, random);
    if (finding) findings.push(finding);
  });
  await em.transactional(async (tx) => {
    await insertDemoRows(tx, "imaging_order", orders);
    await insertDemoRows(tx, "appointment", appointments);
    await insertDemoRows(tx, "appointment_history", history, { batchSize: 20_000 });
    await insertDemoRows(tx, "critical_finding", findings);
  });
  await em.getConnection().execute(`analyze imaging_order, appointment, appointment_history, critical_finding`);

  const past = appointments.filter((row) => Date.parse(String(row.ends_at)) <= now.getTime());
  const cancelled = past.filter((row) => row.status === "cancelled").length;
  const noShows = past.filter((row) => row.status === "noshow").length;
  const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
  return (
    `${appointments.length} appointments ${from}..${to} (past: ${percent(cancelled, past.length)} cancelled, ` +
    `${percent(noShows, past.length)} no-shows), ${orders.length} orders, ${history.length} history lines, ` +
    `${findings.length} critical findings (${findings.filter((row) => row.communicated_at === null).length} open), ` +
    `contrast on ${contrastGiven} exams from ${department.contrastUse.length} stock movements, ` +
    `${department.patients.length} patients; read in ${seconds(read - started)} s, written in ${seconds(Date.now() - read)} s`
  );
}
