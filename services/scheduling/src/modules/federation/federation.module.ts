import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { federationResolvers } from "./federation.resolvers.ts";

/** `Patient`, `Device` and `StaffMember` as this area sees them: an id that its modules add fields to. */
export const federationModule = defineModule<SchedulingContext>({
  name: "federation",
  typeDefs: new URL("./federation.graphql", import.meta.url),
  resolvers: federationResolvers,
});
