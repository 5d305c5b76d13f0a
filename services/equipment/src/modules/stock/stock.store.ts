import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Lot } from "./lot.entity.ts";
import { StockMovement } from "./stock-movement.entity.ts";

/** Units on hand of one lot at one location. */
export interface StockLevelRow {
  itemId: string;
  lotId: string;
  location: string;
  quantity: number;
}

export interface ExpiringLotRow {
  lotId: string;
  itemId: string;
  expiresOn: string;
  onHand: number;
  expired: boolean;
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/** Stock is only ever a sum over movements; these are the sums and the lot lock that guards withdrawals. */
export class StockStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findLotsByIds(ids: readonly string[]): Promise<Lot[]> {
    return this.em.find(Lot, { id: { $in: [...ids] } });
  }

  findLotsByItems(itemIds: readonly string[]): Promise<Lot[]> {
    return this.em.find(Lot, { itemId: { $in: [...itemIds] } }, { orderBy: { expiresOn: "asc", lotNumber: "asc" } });
  }

  movementsOfLot(lotId: string): Promise<StockMovement[]> {
    return this.em.find(StockMovement, { lotId }, { orderBy: { occurredAt: "desc", createdAt: "desc" } });
  }

  async lotOnHand(lotIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.em.execute<{ lot_id: string; on_hand: number }[]>(
      `select lot_id, sum(quantity)::int as on_hand from stock_movement where lot_id = any(?::uuid[]) group by lot_id`,
      [uuidArray(lotIds)],
    );
    return new Map(rows.map((row) => [row.lot_id, Number(row.on_hand)]));
  }

  async levels(filter: { itemId?: string | null; location?: string | null }): Promise<StockLevelRow[]> {
    const conditions: string[] = [];
    const params: string[] = [];
    if (filter.itemId) {
      conditions.push("l.item_id = ?");
      params.push(filter.itemId);
    }
    if (filter.location) {
      conditions.push("m.location = ?");
      params.push(filter.location);
    }
    const rows = await this.em.execute<{ item_id: string; lot_id: string; location: string; quantity: number }[]>(
      `select l.item_id, m.lot_id, m.location, sum(m.quantity)::int as quantity
         from stock_movement m join inventory_lot l on l.id = m.lot_id
        ${conditions.length > 0 ? `where ${conditions.join(" and ")}` : ""}
        group by l.item_id, m.lot_id, l.expires_on, m.location
       having sum(m.quantity) <> 0
        order by l.item_id, l.expires_on nulls last, m.lot_id, m.location`,
      params,
    );
    return rows.map((row) => ({ itemId: row.item_id, lotId: row.lot_id, location: row.location, quantity: Number(row.quantity) }));
  }

  async expiring(until: string, asOf: string): Promise<ExpiringLotRow[]> {
    const rows = await this.em.execute<{ lot_id: string; item_id: string; expires_on: string | Date; on_hand: number; expired: boolean }[]>(
      `select l.id as lot_id, l.item_id, to_char(l.expires_on, 'YYYY-MM-DD') as expires_on, sum(m.quantity)::int as on_hand, l.expires_on < ?::date as expired
         from inventory_lot l join stock_movement m on m.lot_id = l.id
        where l.expires_on <= ?::date
        group by l.id
       having sum(m.quantity) > 0
        order by l.expires_on, l.lot_number`,
      [asOf, until],
    );
    return rows.map((row) => ({
      lotId: row.lot_id,
      itemId: row.item_id,
      expiresOn: String(row.expires_on),
      onHand: Number(row.on_hand),
      expired: row.expired,
    }));
  }

  /**
   * Locks the lot row until the transaction ends: every change to the lot's stock takes this lock
   * first, so the sum read next cannot be changed by anyone else before this transaction commits.
   */
  lockLot(em: EntityManager, lotId: string): Promise<Lot | null> {
    return em.findOne(Lot, { id: lotId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** Units on hand of a lot at a location, read inside the caller's transaction. */
  async onHandAt(em: EntityManager, lotId: string, location: string): Promise<number> {
    const [row] = await em.execute<{ on_hand: number }[]>(
      `select coalesce(sum(quantity), 0)::int as on_hand from stock_movement where lot_id = ? and location = ?`,
      [lotId, location],
    );
    return Number(row?.on_hand ?? 0);
  }

  /** Creates the lot on first receipt; a second receipt of the same lot number reuses it. */
  async ensureLot(em: EntityManager, lot: { id: string; itemId: string; lotNumber: string; expiresOn: string | null }): Promise<void> {
    await em.execute(
      `insert into inventory_lot (id, item_id, lot_number, expires_on, created_at) values (?, ?, ?, ?, now()) on conflict (item_id, lot_number) do nothing`,
      [lot.id, lot.itemId, lot.lotNumber, lot.expiresOn],
    );
  }

  lockLotByNumber(em: EntityManager, itemId: string, lotNumber: string): Promise<Lot | null> {
    return em.findOne(Lot, { itemId, lotNumber }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
