import { patientClasses, priorities } from "@gantry/subgraph-kit/order-scope";
import { modalities } from "@gantry/subgraph-kit/modality";
import { defineEntity, p } from "@mikro-orm/core";
import { kpis } from "./kpi-definitions.ts";

/**
 * A target the department set for a KPI, for every exam or narrowed to a priority, patient class
 * and/or modality, in force from a day on. Targets are never edited: a new one from a later day
 * supersedes, so a past period keeps the target that applied to it.
 */
export const KpiTargetSchema = defineEntity({
  name: "KpiTarget",
  tableName: "kpi_target",
  properties: {
    id: p.uuid().primary(),
    kpi: p.enum([...kpis]),
    value: p.double(),
    priority: p.enum([...priorities]).nullable(),
    patientClass: p.enum([...patientClasses]).nullable(),
    modality: p.enum([...modalities]).nullable(),
    effectiveFrom: p.date(),
    note: p.string().length(500).nullable(),
    createdBy: p.string().length(200),
    createdAt: p.datetime(),
  },
});

export class KpiTarget extends KpiTargetSchema.class {}
KpiTargetSchema.setClass(KpiTarget);
