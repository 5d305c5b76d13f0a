import type { EntityManager } from "@mikro-orm/postgresql";
import type { ItemCategory } from "./inventory-item.entity.ts";
import { InventoryItem } from "./inventory-item.entity.ts";

/** Items and how many units each holds, always summed from stock movements. */
export class InventoryItemStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByIds(ids: readonly string[]): Promise<InventoryItem[]> {
    return this.em.find(InventoryItem, { id: { $in: [...ids] } });
  }

  list(category: ItemCategory | null | undefined): Promise<InventoryItem[]> {
    return this.em.find(InventoryItem, category ? { category } : {}, { orderBy: { name: "asc", id: "asc" } });
  }

  /** Units on hand of many items in one statement. */
  async onHand(itemIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.em.getConnection().execute<{ item_id: string; on_hand: number }[]>(
      `select l.item_id, coalesce(sum(m.quantity), 0)::int as on_hand
         from inventory_lot l join stock_movement m on m.lot_id = l.id
        where l.item_id = any(?::uuid[]) group by l.item_id`,
      [`{${itemIds.join(",")}}`],
    );
    return new Map(rows.map((row) => [row.item_id, Number(row.on_hand)]));
  }

  /** Items at or below their reorder level, emptiest (relative to the level) first. */
  async belowReorderLevel(): Promise<InventoryItem[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select i.id from inventory_item i
         left join (select l.item_id, sum(m.quantity) as on_hand from inventory_lot l join stock_movement m on m.lot_id = l.id group by l.item_id) s
           on s.item_id = i.id
        where coalesce(s.on_hand, 0) <= i.reorder_level
        order by coalesce(s.on_hand, 0) - i.reorder_level, i.name`,
    );
    const items = new Map((await this.findByIds(rows.map((row) => row.id))).map((item) => [item.id, item]));
    return rows.flatMap((row) => items.get(row.id) ?? []);
  }
}
