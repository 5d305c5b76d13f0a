import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { ImagingOrderSchema } from "./imaging-order.entity.ts";
import { imagingOrderLoaders } from "./imaging-order.loader.ts";
import { ImagingOrderManager } from "./imaging-order.manager.ts";
import { imagingOrderResolvers } from "./imaging-order.resolvers.ts";
import { ImagingOrderStore } from "./imaging-order.store.ts";

/** Imaging orders: entry, triage, holds, the order queue, and a patient's orders. */
export const imagingOrderModule = defineModule<SchedulingContext>({
  name: "imaging-order",
  typeDefs: new URL("./imaging-order.graphql", import.meta.url),
  resolvers: imagingOrderResolvers,
  entities: [ImagingOrderSchema],
  providers: {
    orders: (context) => {
      const store = new ImagingOrderStore(context.em);
      return new ImagingOrderManager(context, store, imagingOrderLoaders(store));
    },
  },
});
