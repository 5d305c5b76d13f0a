import type { EntityManager } from "@mikro-orm/postgresql";
import { KpiTarget } from "./kpi-target.entity.ts";
import type { Kpi } from "./kpi-definitions.ts";

/** The queries behind targets; the rules live in the manager. */
export class KpiTargetStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  /** Per KPI and scope, the target with the latest start on or before `asOf`: one statement. */
  async inForce(asOf: string): Promise<KpiTarget[]> {
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select distinct on (kpi, priority, patient_class, modality) *
       from kpi_target where effective_from <= ?
       order by kpi, priority nulls first, patient_class nulls first, modality nulls first, effective_from desc`,
      [asOf],
    );
    return rows.map((row) => this.em.map(KpiTarget, row));
  }

  /** Every target set for a KPI (or all), latest start first: the history a period's figures are judged by. */
  history(kpi: Kpi | null): Promise<KpiTarget[]> {
    return this.em.find(KpiTarget, kpi ? { kpi } : {}, { orderBy: { effectiveFrom: "desc", createdAt: "desc", id: "asc" }, limit: 500 });
  }
}
