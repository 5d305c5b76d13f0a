import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { eventsResolvers } from "./events.resolvers.ts";

/** This area's view of its event outbox; the event tables come with the kit and a migration, not with entities here. */
export const eventsModule = defineModule<PatientsContext>({
  name: "events",
  typeDefs: new URL("./events.graphql", import.meta.url),
  resolvers: eventsResolvers,
});
