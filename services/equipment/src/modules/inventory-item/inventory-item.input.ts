import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { itemCategories } from "./inventory-item.entity.ts";
import { requiredText } from "@gantry/subgraph-kit/input-rules";

export const itemCategory = fromGraphQLEnum(itemCategories);

const text = requiredText;

export const addInventoryItemInput = z.object({
  name: text(120),
  category: itemCategory,
  unit: text(40),
  location: text(60),
  reorderLevel: z.number().int().min(0, "must not be negative").max(1_000_000),
});

export const itemFilter = z.object({ category: itemCategory.nullish() });
