import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { itemCategories } from "./inventory-item.entity.ts";

export const itemCategory = fromGraphQLEnum(itemCategories);

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const addInventoryItemInput = z.object({
  name: text(120),
  category: itemCategory,
  unit: text(40),
  location: text(60),
  reorderLevel: z.number().int().min(0, "must not be negative").max(1_000_000),
});

export const itemFilter = z.object({ category: itemCategory.nullish() });
