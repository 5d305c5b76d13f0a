import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { AppointmentChanges } from "../appointment/appointment.changes.ts";
import { AppointmentStore } from "../appointment/appointment.store.ts";
import { CriticalFindingSchema, CriticalResultLimitSchema } from "./critical-result.entity.ts";
import { CriticalResultManager } from "./critical-result.manager.ts";
import { criticalResultResolvers } from "./critical-result.resolvers.ts";
import { CriticalResultStore } from "./critical-result.store.ts";

/** Critical and unexpected findings and their closed-loop communication; the escalation list. */
export const criticalResultModule = defineModule<SchedulingContext>({
  name: "critical-result",
  typeDefs: new URL("./critical-result.graphql", import.meta.url),
  resolvers: criticalResultResolvers,
  entities: [CriticalFindingSchema, CriticalResultLimitSchema],
  providers: {
    criticalResults: (context) =>
      new CriticalResultManager(
        context,
        new CriticalResultStore(context.em),
        new AppointmentChanges(context, new AppointmentStore(context.em)),
      ),
  },
});
