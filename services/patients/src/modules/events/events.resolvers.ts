import { eventDeliveries } from "@gantry/subgraph-kit/events/event-deliveries";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** The kit's view of this area's outbox, under this area's own field name (one per publishing area in the supergraph). */
export const eventsResolvers: Resolvers = {
  Query: {
    patientsEventDeliveries: (_parent, args, context) => eventDeliveries(args, context),
  },
};
