import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { AccessLogEntrySchema } from "./access-log.entity.ts";
import { accessLogResolvers } from "./access-log.resolvers.ts";
import { AccessLogStore } from "./access-log.store.ts";

/** The PHI access log: its reads, and the writes every manager records (its sink is the subgraph's `phiAccessSink`). */
export const accessLogModule = defineModule<PatientsContext>({
  name: "access-log",
  typeDefs: new URL("./access-log.graphql", import.meta.url),
  resolvers: accessLogResolvers,
  entities: [AccessLogEntrySchema],
  providers: {
    accessLog: (context) => new AccessLogStore(context.em),
  },
});
