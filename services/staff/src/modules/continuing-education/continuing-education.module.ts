import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { ContinuingEducationSchema } from "./continuing-education.entity.ts";
import { educationByStaffMemberLoader } from "./continuing-education.loader.ts";
import { ContinuingEducationManager } from "./continuing-education.manager.ts";
import { continuingEducationResolvers } from "./continuing-education.resolvers.ts";
import { ContinuingEducationStore } from "./continuing-education.store.ts";

export const continuingEducationModule = defineModule<StaffContext>({
  name: "continuing-education",
  typeDefs: new URL("./continuing-education.graphql", import.meta.url),
  resolvers: continuingEducationResolvers,
  entities: [ContinuingEducationSchema],
  providers: {
    education: (context) =>
      new ContinuingEducationManager(
        context,
        educationByStaffMemberLoader(new ContinuingEducationStore(context.em)),
        context.staff,
        context.credentials,
      ),
  },
});
