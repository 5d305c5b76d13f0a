import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { StaffMemberSchema } from "./staff-member.entity.ts";
import { staffMemberLoader } from "./staff-member.loader.ts";
import { StaffMemberManager } from "./staff-member.manager.ts";
import { staffMemberResolvers } from "./staff-member.resolvers.ts";
import { StaffMemberStore } from "./staff-member.store.ts";

export const staffMemberModule = defineModule<StaffContext>({
  name: "staff-member",
  typeDefs: new URL("./staff-member.graphql", import.meta.url),
  resolvers: staffMemberResolvers,
  entities: [StaffMemberSchema],
  providers: {
    staff: (context) => {
      const store = new StaffMemberStore(context.em);
      return new StaffMemberManager(context, store, staffMemberLoader(store));
    },
  },
});
