import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { CredentialSchema } from "./credential.entity.ts";
import { credentialsByStaffMemberLoader } from "./credential.loader.ts";
import { CredentialManager } from "./credential.manager.ts";
import { credentialResolvers } from "./credential.resolvers.ts";
import { CredentialStore } from "./credential.store.ts";

export const credentialModule = defineModule<StaffContext>({
  name: "credential",
  typeDefs: new URL("./credential.graphql", import.meta.url),
  resolvers: credentialResolvers,
  entities: [CredentialSchema],
  providers: {
    credentials: (context) => {
      const store = new CredentialStore(context.em);
      return new CredentialManager(context, store, credentialsByStaffMemberLoader(store), context.staff);
    },
  },
});
