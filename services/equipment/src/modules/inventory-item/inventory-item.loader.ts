import DataLoader from "dataloader";
import type { InventoryItem } from "./inventory-item.entity.ts";
import type { InventoryItemStore } from "./inventory-item.store.ts";

/** Items by id, one SQL statement per batch. */
export function inventoryItemLoader(store: InventoryItemStore) {
  return new DataLoader<string, InventoryItem | null>(async (ids) => {
    const found = new Map((await store.findByIds(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
export type InventoryItemLoader = ReturnType<typeof inventoryItemLoader>;

/** Units on hand of many items, one SQL statement per batch. */
export function itemOnHandLoader(store: InventoryItemStore) {
  return new DataLoader<string, number>(async (ids) => {
    const sums = await store.onHand(ids);
    return ids.map((id) => sums.get(id) ?? 0);
  });
}
export type ItemOnHandLoader = ReturnType<typeof itemOnHandLoader>;
