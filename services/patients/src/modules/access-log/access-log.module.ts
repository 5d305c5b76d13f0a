import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { legacyAccessLogResolvers } from "./access-log.resolvers.ts";

/**
 * The released `accessLog` query, kept for its callers until they move to the kit's `auditTrail`
 * (the log itself, its table, store and sink, are the kit's access-log module).
 */
export const legacyAccessLogModule = defineModule<PatientsContext>({
  name: "legacy-access-log",
  typeDefs: new URL("./access-log.graphql", import.meta.url),
  resolvers: legacyAccessLogResolvers,
});
