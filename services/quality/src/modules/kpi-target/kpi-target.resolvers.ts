import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { kpiDefinitions, kpis } from "./kpi-definitions.ts";

/** Thin: arguments in, manager call, result out. */
export const kpiTargetResolvers: Resolvers = {
  Query: {
    kpiTargets: (_root, { asOf }, { kpiTargets }) => kpiTargets.inForce(asOf),
    kpiTargetHistory: (_root, { kpi }, { kpiTargets }) => kpiTargets.history(kpi),
    kpiDefinitions: () =>
      kpis.map((kpi) => ({
        kpi: toGraphQLEnum(kpi),
        unit: toGraphQLEnum(kpiDefinitions[kpi].unit),
        comparison: toGraphQLEnum(kpiDefinitions[kpi].comparison),
        definition: kpiDefinitions[kpi].definition,
      })),
  },
  Mutation: {
    setKpiTarget: (_root, { input }, { kpiTargets }) => kpiTargets.set(input),
  },
  KpiTarget: {
    kpi: (target) => toGraphQLEnum(target.kpi),
    unit: (target) => toGraphQLEnum(kpiDefinitions[target.kpi].unit),
    comparison: (target) => toGraphQLEnum(kpiDefinitions[target.kpi].comparison),
    value: (target) => Number(target.value),
    priority: (target) => (target.priority ? toGraphQLEnum(target.priority) : null),
    patientClass: (target) => (target.patientClass ? toGraphQLEnum(target.patientClass) : null),
    modality: (target) => (target.modality ? toGraphQLEnum(target.modality) : null),
    note: (target) => target.note ?? null,
  },
};
