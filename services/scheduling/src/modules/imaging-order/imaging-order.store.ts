import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { asJsonList, plainRowOf, plainRows } from "@gantry/subgraph-kit/plain-rows";
import { holdingTimeSql } from "../appointment/appointment.entity.ts";
import { ImagingOrder, urgencyOrderSql } from "./imaging-order.entity.ts";

export interface OrderQueueFilter {
  untriagedOnly?: boolean | null;
  unscheduledOnly?: boolean | null;
  priority?: string | null;
}

// Most urgent first, then the longest waiting: the order a coordinator works the queue in.
const urgency = urgencyOrderSql("o");
const scheduled = `exists (select 1 from appointment a where a.order_id = o.id and a.status in (${holdingTimeSql}))`;

/** Reads and writes imaging orders. */
export class ImagingOrderStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  async nextAccessionNumber(): Promise<string> {
    const [row] = await this.em.execute<{ accession: string }[]>(
      `select 'A' || lpad(nextval('accession_number_seq')::text, 9, '0') as accession`,
    );
    if (!row) throw new Error("the accession number sequence answered nothing");
    return row.accession;
  }

  // Read-only snapshots (plain rows): an appointment list names an order per line. Changes load the row with locked().

  byIds(ids: readonly string[]): Promise<ImagingOrder[]> {
    return plainRows(this.em, ImagingOrder, `select * from imaging_order where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`, [
      asJsonList(ids),
    ]);
  }

  byPatients(patientIds: readonly string[]): Promise<ImagingOrder[]> {
    return plainRows(
      this.em,
      ImagingOrder,
      `select * from imaging_order where patient_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by ordered_at desc, id desc`,
      [asJsonList(patientIds)],
    );
  }

  /** The locked row, for a change that must not race another (triage against booking, say). */
  locked(id: string): Promise<ImagingOrder | null> {
    return this.em.findOne(ImagingOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /**
   * Open orders still needing work: not yet triaged, or with no appointment holding time. One
   * page and the count, each one statement served by the queue's partial index.
   */
  async queue(filter: OrderQueueFilter, page: { limit: number; offset: number }): Promise<{ nodes: ImagingOrder[]; total: number }> {
    const conditions = [`o.status in ('draft', 'active', 'on-hold')`];
    const values: unknown[] = [];
    if (filter.untriagedOnly) conditions.push(`o.triaged_at is null`);
    if (filter.unscheduledOnly) conditions.push(`not ${scheduled}`);
    if (!filter.untriagedOnly && !filter.unscheduledOnly) conditions.push(`(o.triaged_at is null or not ${scheduled})`);
    if (filter.priority) {
      conditions.push(`o.priority = ?`);
      values.push(filter.priority);
    }
    const where = conditions.join(" and ");
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select o.*, count(*) over () as total_count from imaging_order o where ${where}
       order by ${urgency}, o.ordered_at, o.id limit ? offset ?`,
      [...values, page.limit, page.offset],
    );
    const total = rows[0] ? Number(rows[0]["total_count"]) : 0;
    return { nodes: rows.map(plainRowOf(this.em, ImagingOrder)), total };
  }
}
