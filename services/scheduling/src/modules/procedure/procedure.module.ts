import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { ProcedureDurationSchema, ProcedureSchema } from "./procedure.entity.ts";
import { procedureLoaders } from "./procedure.loader.ts";
import { ProcedureManager } from "./procedure.manager.ts";
import { procedureResolvers } from "./procedure.resolvers.ts";
import { ProcedureStore } from "./procedure.store.ts";

/** The procedure catalogue: what can be ordered and booked, and how long it takes on each device. */
export const procedureModule = defineModule<SchedulingContext>({
  name: "procedure",
  typeDefs: new URL("./procedure.graphql", import.meta.url),
  resolvers: procedureResolvers,
  entities: [ProcedureSchema, ProcedureDurationSchema],
  providers: {
    procedures: (context) => {
      const store = new ProcedureStore(context.em);
      return new ProcedureManager(context, store, procedureLoaders(store));
    },
  },
});
