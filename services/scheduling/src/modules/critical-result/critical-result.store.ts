import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { asJsonList, plainRows } from "@gantry/subgraph-kit/plain-rows";
import { CriticalFinding, CriticalResultLimit, type FindingUrgency } from "./critical-result.entity.ts";

/** Reads and writes critical findings and the department's limits. */
export class CriticalResultStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  byAppointments(appointmentIds: readonly string[]): Promise<CriticalFinding[]> {
    return plainRows(
      this.em,
      CriticalFinding,
      `select * from critical_finding where appointment_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by recorded_at, id`,
      [asJsonList(appointmentIds)],
    );
  }

  byIds(ids: readonly string[]): Promise<CriticalFinding[]> {
    return plainRows(
      this.em,
      CriticalFinding,
      `select * from critical_finding where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [asJsonList(ids)],
    );
  }

  /** Not yet communicated, soonest due first; only those due before `overdueAt` when given. */
  open(overdueAt: Date | null): Promise<CriticalFinding[]> {
    return plainRows(
      this.em,
      CriticalFinding,
      `select * from critical_finding where communicated_at is null ${overdueAt ? "and communicate_by < ?" : ""} order by communicate_by, id`,
      overdueAt ? [overdueAt] : [],
    );
  }

  locked(id: string): Promise<CriticalFinding | null> {
    return this.em.findOne(CriticalFinding, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  limits(): Promise<CriticalResultLimit[]> {
    return this.em.find(CriticalResultLimit, {}, { orderBy: { minutes: "asc" } });
  }

  limit(urgency: FindingUrgency): Promise<CriticalResultLimit | null> {
    return this.em.findOne(CriticalResultLimit, { urgency });
  }
}
