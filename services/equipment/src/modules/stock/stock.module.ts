import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { LotSchema } from "./lot.entity.ts";
import { StockMovementSchema } from "./stock-movement.entity.ts";
import { lotLoader, lotOnHandLoader, lotsByItemLoader } from "./stock.loader.ts";
import { StockManager } from "./stock.manager.ts";
import { stockResolvers } from "./stock.resolvers.ts";
import { StockStore } from "./stock.store.ts";

export const stockModule = defineModule<EquipmentContext>({
  name: "stock",
  typeDefs: new URL("./stock.graphql", import.meta.url),
  resolvers: stockResolvers,
  entities: [LotSchema, StockMovementSchema],
  providers: {
    stock: (context) => {
      const store = new StockStore(context.em);
      const loaders = { lot: lotLoader(store), lotsByItem: lotsByItemLoader(store), lotOnHand: lotOnHandLoader(store) };
      return new StockManager(context, store, loaders, context.items);
    },
  },
});
