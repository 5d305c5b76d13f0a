import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { PriorAuthorizationSchema } from "./prior-authorization.entity.ts";
import { priorAuthorizationLoaders } from "./prior-authorization.loader.ts";
import { PriorAuthorizationManager } from "./prior-authorization.manager.ts";
import { priorAuthorizationResolvers } from "./prior-authorization.resolvers.ts";
import { PriorAuthorizationStore } from "./prior-authorization.store.ts";

export const priorAuthorizationModule = defineModule<PatientsContext>({
  name: "prior-authorization",
  typeDefs: new URL("./prior-authorization.graphql", import.meta.url),
  resolvers: priorAuthorizationResolvers,
  entities: [PriorAuthorizationSchema],
  providers: {
    priorAuthorizations: (context) => {
      const store = new PriorAuthorizationStore(context.em);
      return new PriorAuthorizationManager(context.records, context.patients, store, priorAuthorizationLoaders(store));
    },
  },
});
