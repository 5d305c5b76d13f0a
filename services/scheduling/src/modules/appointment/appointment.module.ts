import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { AppointmentHistorySchema, AppointmentSchema, WaitlistEntrySchema } from "./appointment.entity.ts";
import { appointmentLoaders } from "./appointment.loader.ts";
import { AppointmentManager } from "./appointment.manager.ts";
import { periodLoaders } from "./appointment.period-loaders.ts";
import { appointmentResolvers } from "./appointment.resolvers.ts";
import { AppointmentStore } from "./appointment.store.ts";

/** Appointments: booking, holds, overbooking, rescheduling, cancelling, their history, and the device and day views. */
export const appointmentModule = defineModule<SchedulingContext>({
  name: "appointment",
  typeDefs: new URL("./appointment.graphql", import.meta.url),
  resolvers: appointmentResolvers,
  entities: [AppointmentSchema, AppointmentHistorySchema, WaitlistEntrySchema],
  providers: {
    appointmentTime: (context) => new AppointmentStore(context.em),
    appointments: (context) => {
      const store = new AppointmentStore(context.em);
      return new AppointmentManager(context, store, appointmentLoaders(store), periodLoaders(store));
    },
  },
});
