import { calendarDate, optionalText } from "@gantry/subgraph-kit/input-rules";
import { modality } from "@gantry/subgraph-kit/modality";
import { orderPriority, patientClass } from "@gantry/subgraph-kit/order-scope";
import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { kpiDefinitions, kpis } from "./kpi-definitions.ts";

export const kpi = fromGraphQLEnum(kpis);

/** A target: a number in the KPI's unit (a share at most 100 %), for a scope, from a day on. */
export const setKpiTargetInput = z
  .object({
    kpi,
    value: z.number().min(0, "cannot be negative").max(100_000, "is out of range"),
    priority: orderPriority.nullish(),
    patientClass: patientClass.nullish(),
    modality: modality.nullish(),
    effectiveFrom: calendarDate,
    note: optionalText(500, { multiline: true }),
  })
  .refine((input) => kpiDefinitions[input.kpi].unit !== "percent" || input.value <= 100, {
    message: "a share is at most 100 %",
    path: ["value"],
  });
export type SetKpiTargetInput = z.infer<typeof setKpiTargetInput>;
