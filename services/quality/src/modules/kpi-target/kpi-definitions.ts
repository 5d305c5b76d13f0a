/**
 * The department's KPIs: what each measures, in what unit, and which way is better. The same words
 * are the schema's descriptions and docs/quality-kpis.md; the quality area computes none of them
 * from other areas' copies — each area reports its own figures (issue 10's department metrics).
 */
export const kpis = [
  "report-turnaround",
  "order-to-exam",
  "wait",
  "no-show-rate",
  "late-cancellation-rate",
  "exam-completion-rate",
  "scanner-utilization",
  "repeat-rate",
  "critical-results-on-time",
  "incidents-per-1000",
] as const;
export type Kpi = (typeof kpis)[number];

export const kpiUnits = ["minutes", "percent", "per-1000-exams"] as const;
export type KpiUnit = (typeof kpiUnits)[number];

export interface KpiDefinition {
  unit: KpiUnit;
  /** "at-most": the figure should stay at or under the target; "at-least": reach it. */
  comparison: "at-most" | "at-least";
  definition: string;
}

export const kpiDefinitions: Record<Kpi, KpiDefinition> = {
  "report-turnaround": {
    unit: "minutes",
    comparison: "at-most",
    definition: "Exam completed → final report signed; the target applies to each exam (the share within it is reported).",
  },
  "order-to-exam": { unit: "minutes", comparison: "at-most", definition: "Order placed → exam started." },
  wait: { unit: "minutes", comparison: "at-most", definition: "Patient arrived → exam started." },
  "no-show-rate": {
    unit: "percent",
    comparison: "at-most",
    definition: "No-shows ÷ bookings whose time has passed (cancelled and entered-in-error bookings left out).",
  },
  "late-cancellation-rate": {
    unit: "percent",
    comparison: "at-most",
    definition: "Bookings cancelled less than 24 hours before their start ÷ bookings whose time has passed.",
  },
  "exam-completion-rate": {
    unit: "percent",
    comparison: "at-least",
    definition: "Exams completed ÷ exams started (the rest discontinued).",
  },
  "scanner-utilization": {
    unit: "percent",
    comparison: "at-least",
    definition: "Exam minutes (start → end) ÷ scheduled opening minutes of the scanner.",
  },
  "repeat-rate": {
    unit: "percent",
    comparison: "at-most",
    definition: "Images repeated or rejected ÷ exams audited (image-quality audits).",
  },
  "critical-results-on-time": {
    unit: "percent",
    comparison: "at-least",
    definition: "Critical findings communicated with a read-back within their urgency's limit ÷ critical findings due.",
  },
  "incidents-per-1000": { unit: "per-1000-exams", comparison: "at-most", definition: "Incidents reported ÷ exams performed × 1,000." },
};
