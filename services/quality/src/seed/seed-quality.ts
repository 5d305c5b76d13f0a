import { addDays } from "@gantry/calendar/calendar";
import { insertDemoRows, type Row } from "@gantry/demo-data/insert-rows";
import { stableUuid } from "@gantry/demo-data/random";
import type { MikroORM } from "@mikro-orm/postgresql";

/** The targets a mid-sized department starts from (ACR-style turnaround by urgency, common operational goals). */
const demoTargets: [kpi: string, value: number, scope: { priority?: string; patient_class?: string; modality?: string }, note: string][] = [
  ["report-turnaround", 60, { priority: "stat" }, "STAT: final within 1 hour"],
  ["report-turnaround", 240, { patient_class: "emergency" }, "Emergency department: within 4 hours"],
  ["report-turnaround", 1440, { patient_class: "inpatient" }, "Inpatients: within 24 hours"],
  ["report-turnaround", 2880, { patient_class: "outpatient" }, "Outpatients: within 48 hours"],
  ["wait", 30, {}, "Seen within 30 minutes of arrival"],
  ["order-to-exam", 20160, { patient_class: "outpatient" }, "Outpatients examined within 14 days of the order"],
  ["no-show-rate", 5, {}, "Department-wide"],
  ["no-show-rate", 8, { modality: "mg" }, "Screening mammography runs higher"],
  ["late-cancellation-rate", 5, {}, ""],
  ["exam-completion-rate", 97, {}, ""],
  ["scanner-utilization", 80, {}, "Of scheduled opening time"],
  ["repeat-rate", 3, {}, "Image-quality audits"],
  ["critical-results-on-time", 95, {}, "Communicated with read-back within the urgency's limit"],
  ["incidents-per-1000", 2, {}, ""],
];

/** Loads the quality area's demo targets, in force from a year ago: deterministic and idempotent (stable ids). */
export async function seedQualityDemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  const from = addDays(options.today, -365);
  const rows: Row[] = demoTargets.map(([kpi, value, scope, note]) => ({
    id: stableUuid("quality", `target:${kpi}:${JSON.stringify(scope)}`),
    kpi,
    value,
    priority: scope.priority ?? null,
    patient_class: scope.patient_class ?? null,
    modality: scope.modality ?? null,
    effective_from: from,
    note: note || null,
    created_by: "Demo data",
    created_at: `${from}T08:00:00Z`,
  }));
  const inserted = await orm.em.fork().transactional((em) => insertDemoRows(em, "kpi_target", rows));
  return `${rows.length} KPI targets (${inserted.length} rows new)`;
}
