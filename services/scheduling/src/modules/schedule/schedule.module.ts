import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { scheduleEntities } from "./schedule.entity.ts";
import { ScheduleLoaders } from "./schedule.loader.ts";
import { ScheduleManager } from "./schedule.manager.ts";
import { scheduleResolvers } from "./schedule.resolvers.ts";
import { ScheduleStore } from "./schedule.store.ts";

/** Device schedules: weekly hours, date exceptions and reserved blocks, and the opening hours they give as instants. */
export const scheduleModule = defineModule<SchedulingContext>({
  name: "schedule",
  typeDefs: new URL("./schedule.graphql", import.meta.url),
  resolvers: scheduleResolvers,
  entities: scheduleEntities,
  providers: {
    schedules: (context) => new ScheduleManager(context, new ScheduleLoaders(new ScheduleStore(context.em), departmentToday)),
  },
});
