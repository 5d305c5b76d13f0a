import { conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { notFound } from "@gantry/subgraph-kit/errors";
import { withinTransaction } from "@gantry/subgraph-kit/transaction";
import type { SchedulingContext } from "../../context.ts";
import type { Appointment } from "./appointment.entity.ts";
import { recordHistory, type Changes } from "./appointment.history.ts";
import type { AppointmentStore } from "./appointment.store.ts";
import { doubleBooking } from "./appointment.violations.ts";

/** What a change did, for its history line. */
export interface ChangeRecord {
  action: string;
  reason: string | null;
  changes?: Changes;
}

/**
 * How every change to an existing appointment is made: in one transaction, under the row's lock,
 * with its history line and its audit entry; a double booking the database refuses becomes CONFLICT.
 */
export class AppointmentChanges {
  private readonly context: SchedulingContext;
  private readonly store: AppointmentStore;

  constructor(context: SchedulingContext, store: AppointmentStore) {
    this.context = context;
    this.store = store;
  }

  change(appointmentId: string, apply: (appointment: Appointment) => ChangeRecord | Promise<ChangeRecord>): Promise<Appointment> {
    return this.write(async () => {
      await this.store.releaseExpiredHolds();
      const appointment = await this.store.locked(appointmentId);
      if (!appointment) throw notFound("Appointment", appointmentId);
      const fromStatus = appointment.status;
      const { action, reason, changes } = await apply(appointment);
      appointment.updatedAt = new Date();
      recordHistory(this.context.em, this.context.identity, appointment, { action, fromStatus, changes, reason });
      this.audit(appointment, "update", [action]);
      return appointment;
    });
  }

  audit(appointment: Appointment, action: "create" | "update", fields: string[]): void {
    const { identity, requestId, purpose } = this.context;
    this.context.accessLog.recordWrite({ identity, requestId, purpose, patientId: appointment.patientId, action, fields });
  }

  write(work: () => Promise<Appointment>): Promise<Appointment> {
    return conflictOnViolation(() => withinTransaction(this.context.em, work), doubleBooking);
  }
}
