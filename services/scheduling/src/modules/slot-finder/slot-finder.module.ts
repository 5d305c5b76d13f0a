import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { slotFinderResolvers } from "./slot-finder.resolvers.ts";
import { SlotFinder } from "./slot-finder.ts";

/** Finding open slots: for an order, and the next available per procedure. */
export const slotFinderModule = defineModule<SchedulingContext>({
  name: "slot-finder",
  typeDefs: new URL("./slot-finder.graphql", import.meta.url),
  resolvers: slotFinderResolvers,
  providers: { slots: (context) => new SlotFinder(context) },
});
