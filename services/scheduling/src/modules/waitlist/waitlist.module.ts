import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { WaitlistManager } from "./waitlist.manager.ts";
import { waitlistResolvers } from "./waitlist.resolvers.ts";

/** The waitlist (its table and entity are the appointment module's). */
export const waitlistModule = defineModule<SchedulingContext>({
  name: "waitlist",
  typeDefs: new URL("./waitlist.graphql", import.meta.url),
  resolvers: waitlistResolvers,
  providers: { waitlist: (context) => new WaitlistManager(context) },
});
