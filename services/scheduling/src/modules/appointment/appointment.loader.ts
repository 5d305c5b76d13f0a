import { groupedBy as grouped } from "@gantry/subgraph-kit/loaders-by-arguments";
import DataLoader from "dataloader";
import type { Appointment, AppointmentHistory } from "./appointment.entity.ts";
import type { AppointmentStore } from "./appointment.store.ts";

/** Appointments by id, order and patient, and their history: one SQL statement per batch each. */
export function appointmentLoaders(store: AppointmentStore) {
  return {
    byId: new DataLoader<string, Appointment | null>(async (ids) => {
      const found = new Map((await store.byIds(ids)).map((appointment) => [appointment.id, appointment]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byOrder: new DataLoader<string, Appointment[]>(async (orderIds) =>
      grouped(orderIds, await store.byOrders(orderIds), (appointment) => appointment.orderId),
    ),
    byPatient: new DataLoader<string, Appointment[]>(async (patientIds) =>
      grouped(patientIds, await store.byPatients(patientIds), (appointment) => appointment.patientId),
    ),
    history: new DataLoader<string, AppointmentHistory[]>(async (ids) =>
      grouped(ids, await store.historyOf(ids), (line) => line.appointmentId),
    ),
  };
}
export type AppointmentLoaders = ReturnType<typeof appointmentLoaders>;
