import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";
import { ShiftSchema } from "./shift.entity.ts";
import { ShiftManager } from "./shift.manager.ts";
import { shiftResolvers } from "./shift.resolvers.ts";
import { ShiftStore } from "./shift.store.ts";

export const shiftModule = defineModule<StaffContext>({
  name: "shift",
  typeDefs: new URL("./shift.graphql", import.meta.url),
  resolvers: shiftResolvers,
  entities: [ShiftSchema],
  providers: { shifts: (context) => new ShiftManager(context, new ShiftStore(context.em), context.staff) },
});
