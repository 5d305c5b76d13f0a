import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { PriorStudyRequestSchema } from "./prior-study-request.entity.ts";
import { priorStudyRequestLoaders } from "./prior-study-request.loader.ts";
import { PriorStudyRequestManager } from "./prior-study-request.manager.ts";
import { priorStudyRequestResolvers } from "./prior-study-request.resolvers.ts";
import { PriorStudyRequestStore } from "./prior-study-request.store.ts";

export const priorStudyRequestModule = defineModule<PatientsContext>({
  name: "prior-study-request",
  typeDefs: new URL("./prior-study-request.graphql", import.meta.url),
  resolvers: priorStudyRequestResolvers,
  entities: [PriorStudyRequestSchema],
  providers: {
    priorStudyRequests: (context) => {
      const store = new PriorStudyRequestStore(context.em);
      return new PriorStudyRequestManager(context.records, store, priorStudyRequestLoaders(store));
    },
  },
});
