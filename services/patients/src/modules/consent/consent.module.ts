import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { ConsentSchema } from "./consent.entity.ts";
import { consentLoaders } from "./consent.loader.ts";
import { ConsentManager } from "./consent.manager.ts";
import { consentResolvers } from "./consent.resolvers.ts";
import { ConsentStore } from "./consent.store.ts";

export const consentModule = defineModule<PatientsContext>({
  name: "consent",
  typeDefs: new URL("./consent.graphql", import.meta.url),
  resolvers: consentResolvers,
  entities: [ConsentSchema],
  providers: {
    consents: (context) => {
      const store = new ConsentStore(context.em);
      return new ConsentManager(context.records, store, consentLoaders(store));
    },
  },
});
