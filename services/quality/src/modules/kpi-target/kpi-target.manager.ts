import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { badUserInput } from "@gantry/subgraph-kit/errors";
import { calendarDate } from "@gantry/subgraph-kit/input-rules";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireQualityPermission } from "../../access.ts";
import { KpiTarget } from "./kpi-target.entity.ts";
import { kpi as kpiRule, setKpiTargetInput } from "./kpi-target.input.ts";
import type { KpiTargetStore } from "./kpi-target.store.ts";

/** The rules of targets: who reads and sets them, and that history is never rewritten. */
export class KpiTargetManager {
  private readonly context: SubgraphContext;
  private readonly store: KpiTargetStore;

  constructor(context: SubgraphContext, store: KpiTargetStore) {
    this.context = context;
    this.store = store;
  }

  inForce(rawAsOf: unknown): Promise<KpiTarget[]> {
    requireQualityPermission(this.context.identity, "readKpiTargets", "Reading KPI targets");
    const asOf = rawAsOf == null ? departmentToday() : parseInput(calendarDate, rawAsOf, "asOf");
    return this.store.inForce(asOf);
  }

  history(rawKpi: unknown): Promise<KpiTarget[]> {
    requireQualityPermission(this.context.identity, "readKpiTargets", "Reading KPI targets");
    return this.store.history(rawKpi == null ? null : parseInput(kpiRule, rawKpi, "kpi"));
  }

  /** A new target from today or a later day; the one before stays on record for the days it applied. */
  async set(rawInput: unknown): Promise<KpiTarget> {
    requireQualityPermission(this.context.identity, "setKpiTargets", "Setting a KPI target");
    const input = parseInput(setKpiTargetInput, rawInput);
    if (input.effectiveFrom < departmentToday())
      throw badUserInput("A target starts today or later: past periods keep the target that applied to them.", [
        { field: "input.effectiveFrom", message: "before today" },
      ]);
    const target = this.context.em.create(KpiTarget, {
      id: randomUUID(),
      kpi: input.kpi,
      value: input.value,
      priority: input.priority ?? null,
      patientClass: input.patientClass ?? null,
      modality: input.modality ?? null,
      effectiveFrom: input.effectiveFrom,
      note: input.note ?? null,
      createdBy: this.context.identity.name,
      createdAt: new Date(),
    });
    await conflictOnViolation(
      () => this.context.em.flush(),
      [
        {
          sqlState: SqlState.UniqueViolation,
          message: `A target for this KPI and scope already starts on ${input.effectiveFrom}; choose another day to change it from.`,
        },
      ],
    );
    return target;
  }
}
