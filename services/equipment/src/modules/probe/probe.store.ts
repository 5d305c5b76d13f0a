import type { EntityManager } from "@mikro-orm/postgresql";
import type { Device } from "../device/device.entity.ts";
import { Disinfection } from "./disinfection.entity.ts";

/** When a probe was last used and last passed high-level disinfection. */
export interface ProbeHistory {
  lastUsedAt: Date | null;
  lastPassingDisinfectionId: string | null;
  lastPassingAt: Date | null;
}

export interface ProbeStatusRow extends ProbeHistory {
  probe: Device;
  safeToUse: boolean;
  reason: string | null;
}

export class ProbeStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findDisinfection(id: string): Promise<Disinfection | null> {
    return this.em.findOne(Disinfection, { id });
  }

  disinfectionsOf(probeId: string, limit: number): Promise<Disinfection[]> {
    return this.em.find(Disinfection, { probeId }, { orderBy: { performedAt: "desc", id: "asc" }, limit });
  }

  /**
   * Last use and last passing disinfection of many probes, in one statement. A disinfection whose
   * performer the staff area never confirmed (rows from before the check) proves nothing.
   */
  async histories(probeIds: readonly string[]): Promise<Map<string, ProbeHistory>> {
    const rows = await this.em.execute<
      { probe_id: string; last_used_at: string | Date | null; pass_id: string | null; pass_at: string | Date | null }[]
    >(
      `select p.id as probe_id, u.last_used_at, d.id as pass_id, d.performed_at as pass_at
         from unnest(?::uuid[]) as p(id)
         left join lateral (select max(used_at) as last_used_at from probe_use where probe_id = p.id) u on true
         left join lateral (
           select id, performed_at from probe_disinfection where probe_id = p.id and result = 'pass' and performer_confirmed
           order by performed_at desc limit 1
         ) d on true`,
      [`{${probeIds.join(",")}}`],
    );
    const toDate = (value: string | Date | null) => (value === null ? null : new Date(value));
    return new Map(
      rows.map((row) => [
        row.probe_id,
        { lastUsedAt: toDate(row.last_used_at), lastPassingDisinfectionId: row.pass_id, lastPassingAt: toDate(row.pass_at) },
      ]),
    );
  }
}
