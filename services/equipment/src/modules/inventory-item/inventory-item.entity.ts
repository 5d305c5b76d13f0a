import { defineEntity, p } from "@mikro-orm/core";

export const itemCategories = ["contrast", "probe-cover", "gel", "disinfectant", "syringe", "other"] as const;
export type ItemCategory = (typeof itemCategories)[number];

/** A consumable the department stocks. How much is on hand is derived from stock movements. */
export const InventoryItemSchema = defineEntity({
  name: "InventoryItem",
  tableName: "inventory_item",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    name: p.string().length(120).unique(),
    category: p.enum([...itemCategories]),
    /** What one counts: bottle (100 mL), box of 100, each. */
    unit: p.string().length(40),
    /** Where it is usually kept; movements default to it. */
    location: p.string().length(60),
    reorderLevel: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class InventoryItem extends InventoryItemSchema.class {}
InventoryItemSchema.setClass(InventoryItem);
