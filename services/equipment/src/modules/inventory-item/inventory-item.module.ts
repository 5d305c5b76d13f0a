import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { InventoryItemSchema } from "./inventory-item.entity.ts";
import { inventoryItemLoader, itemOnHandLoader } from "./inventory-item.loader.ts";
import { InventoryItemManager } from "./inventory-item.manager.ts";
import { inventoryItemResolvers } from "./inventory-item.resolvers.ts";
import { InventoryItemStore } from "./inventory-item.store.ts";

export const inventoryItemModule = defineModule<EquipmentContext>({
  name: "inventory-item",
  typeDefs: new URL("./inventory-item.graphql", import.meta.url),
  resolvers: inventoryItemResolvers,
  entities: [InventoryItemSchema],
  providers: {
    items: (context) => {
      const store = new InventoryItemStore(context.em);
      return new InventoryItemManager(context, store, inventoryItemLoader(store), itemOnHandLoader(store));
    },
  },
});
