import { readEnvironment, setting } from "@gantry/config/environment";
import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { AppointmentChanges } from "../appointment/appointment.changes.ts";
import { AppointmentStore } from "../appointment/appointment.store.ts";
import { ExamDayManager } from "./exam-day.manager.ts";
import { ExamNotesManager } from "./exam-notes.manager.ts";
import { examDayResolvers } from "./exam-day.resolvers.ts";
import { defaultNoShowGraceMinutes, noShowSweep } from "./no-show-sweep.ts";

const settings = readEnvironment({
  /** Minutes after a booking's end before a patient who never arrived is marked a no-show. */
  SCHEDULING_NO_SHOW_GRACE_MINUTES: setting.positiveInteger(defaultNoShowGraceMinutes),
});

/** The exam day: arrival and check-in, the exam, the report's times and distribution, no-shows. */
export const examDayModule = defineModule<SchedulingContext>({
  name: "exam-day",
  typeDefs: new URL("./exam-day.graphql", import.meta.url),
  resolvers: examDayResolvers,
  scheduledTasks: [noShowSweep(settings.SCHEDULING_NO_SHOW_GRACE_MINUTES)],
  providers: {
    examDay: (context) => {
      const store = new AppointmentStore(context.em);
      return new ExamDayManager(context, store, new AppointmentChanges(context, store));
    },
    examNotes: (context) => {
      const store = new AppointmentStore(context.em);
      return new ExamNotesManager(context, store, new AppointmentChanges(context, store));
    },
  },
});
