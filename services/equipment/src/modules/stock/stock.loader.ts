import DataLoader from "dataloader";
import type { Lot } from "./lot.entity.ts";
import type { StockStore } from "./stock.store.ts";

/** Lots by id, one SQL statement per batch. */
export function lotLoader(store: StockStore) {
  return new DataLoader<string, Lot | null>(async (ids) => {
    const found = new Map((await store.findLotsByIds(ids)).map((lot) => [lot.id, lot]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
export type LotLoader = ReturnType<typeof lotLoader>;

/** Lots of many items, one SQL statement per batch. */
export function lotsByItemLoader(store: StockStore) {
  return new DataLoader<string, Lot[]>(async (itemIds) => {
    const grouped = new Map<string, Lot[]>(itemIds.map((id) => [id, []]));
    for (const lot of await store.findLotsByItems(itemIds)) grouped.get(lot.itemId)?.push(lot);
    return itemIds.map((id) => grouped.get(id) ?? []);
  });
}
export type LotsByItemLoader = ReturnType<typeof lotsByItemLoader>;

/** Units on hand of many lots, one SQL statement per batch. */
export function lotOnHandLoader(store: StockStore) {
  return new DataLoader<string, number>(async (lotIds) => {
    const sums = await store.lotOnHand(lotIds);
    return lotIds.map((id) => sums.get(id) ?? 0);
  });
}
export type LotOnHandLoader = ReturnType<typeof lotOnHandLoader>;
