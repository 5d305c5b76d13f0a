import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const inventoryItemResolvers: Resolvers = {
  Query: {
    inventoryItem: (_root, { id }, { items }) => items.get(id),
    inventoryItems: (_root, { category }, { items }) => items.list({ category }),
    itemsBelowReorderLevel: (_root, _args, { items }) => items.belowReorderLevel(),
  },
  Mutation: {
    addInventoryItem: (_root, { input }, { items }) => items.add(input),
  },
  InventoryItem: {
    category: (item) => toGraphQLEnum(item.category),
    onHand: (item, _args, { items }) => items.onHand(item.id),
    lots: (item, _args, { stock }) => stock.lotsOfItem(item.id),
  },
};
