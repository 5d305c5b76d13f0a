import { randomUUID } from "node:crypto";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import { Appointment, movableStatuses, type AppointmentStatus } from "./appointment.entity.ts";
import { AppointmentChanges, type ChangeRecord } from "./appointment.changes.ts";
import { changesBetween, recordHistory } from "./appointment.history.ts";
import {
  bookAppointmentInput,
  cancelAppointmentInput,
  holdSlotInput,
  periodInput,
  rescheduleAppointmentInput,
} from "./appointment.input.ts";
import type { AppointmentLoaders } from "./appointment.loader.ts";
import type { PeriodLoaders } from "./appointment.period-loaders.ts";
import type { AppointmentStore } from "./appointment.store.ts";
import { notYetSeen } from "./appointment.exam-fields.ts";
import { clearBlockers, planSlot, type Override, type PlannedSlot } from "./booking.ts";

const defaultHoldMinutes = 5;
const lateCancellationMs = 24 * 3_600_000;

/**
 * Booking rules: who books, holds, overbooks, reschedules and cancels. The database decides
 * double booking (exclusion constraints); this class turns its refusal into CONFLICT and writes
 * each change's history and audit in the same transaction.
 */
export class AppointmentManager {
  private readonly context: SchedulingContext;
  private readonly store: AppointmentStore;
  private readonly loaders: AppointmentLoaders;
  private readonly periods: PeriodLoaders;
  private readonly changes: AppointmentChanges;

  constructor(context: SchedulingContext, store: AppointmentStore, loaders: AppointmentLoaders, periods: PeriodLoaders) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
    this.periods = periods;
    this.changes = new AppointmentChanges(context, store);
  }

  forOrder(orderId: string): Promise<Appointment[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading an order's appointments");
    return this.loaders.byOrder.load(orderId);
  }

  forPatient(patientId: string): Promise<Appointment[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading a patient's appointments");
    return this.loaders.byPatient.load(patientId);
  }

  history(appointmentId: string) {
    return this.loaders.history.load(appointmentId);
  }

  /** A device's appointments in a period (the day and week views): one statement for every device asked. */
  onDevice(deviceId: string, rawPeriod: unknown): Promise<Appointment[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading a device's appointments");
    const { from, to } = parseInput(periodInput, rawPeriod, "arguments");
    return this.periods.onDevice(from, to).load(deviceId);
  }

  bookedMinutes(deviceId: string, rawPeriod: unknown): Promise<number> {
    // Utilization is not PHI: minutes without names, for the manager's dashboard too.
    requireSchedulingPermission(this.context.identity, "readSchedules", "Reading a device's booked minutes");
    const { from, to } = parseInput(periodInput, rawPeriod, "arguments");
    return this.periods.bookedMinutes(from, to).load(deviceId);
  }

  onTechnologistDay(staffId: string, day: { from: Date; to: Date }): Promise<Appointment[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading a technologist's appointments");
    return this.periods.onTechnologist(day.from, day.to).load(staffId);
  }

  get(id: string): Promise<Appointment | null> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading appointments");
    return isRecordId(id) ? this.loaders.byId.load(id) : Promise.resolve(null);
  }

  liveForOrder(orderId: string): Promise<number> {
    return this.store.liveForOrder(orderId);
  }

  async book(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Booking an appointment");
    const input = parseInput(bookAppointmentInput, rawInput);
    if (input.overbookReason) requireSchedulingPermission(this.context.identity, "overbook", "Overbooking");
    const slot = await planSlot(this.context, input);
    const overrides = await clearBlockers(this.context, slot, input.overrides ?? []);
    return this.write(async () => {
      await this.store.releaseExpiredHolds();
      if (input.holdId) return this.bookHeld(input.holdId, slot, overrides);
      const now = new Date();
      const appointment = this.create(slot, {
        status: "booked",
        overbooked: Boolean(input.overbookReason),
        overbookReason: input.overbookReason ?? null,
        bookedAt: now,
        bookedBy: this.context.identity.name,
      });
      this.logChange(appointment, "booked", null, overrides, input.overbookReason ? `Overbooked: ${input.overbookReason}` : null);
      return appointment;
    });
  }

  /** Keeps a slot for a few minutes while the scheduler talks to the patient; it blocks the slot and expires by itself. */
  async hold(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Holding a slot");
    const input = parseInput(holdSlotInput, rawInput);
    const slot = await planSlot(this.context, input);
    if (slot.order.status !== "active")
      throw conflict(`Order ${slot.order.accessionNumber} is ${slot.order.status}; only active orders are booked.`);
    const minutes = input.minutes ?? defaultHoldMinutes;
    return this.write(async () => {
      await this.store.releaseExpiredHolds();
      const appointment = this.create(slot, { status: "proposed", holdExpiresAt: new Date(Date.now() + minutes * 60_000) });
      this.logChange(appointment, "held", null, [], `Held for ${minutes} min`);
      return appointment;
    });
  }

  async releaseHold(appointmentId: string): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Releasing a hold");
    return this.change(appointmentId, (appointment) => {
      if (appointment.status !== "proposed") throw conflict("This is not a hold (or it has expired or been booked).");
      this.markCancelled(appointment, "hold-expired", "Released by the scheduler");
      return { action: "hold-released", reason: null };
    });
  }

  async cancel(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Cancelling an appointment");
    const input = parseInput(cancelAppointmentInput, rawInput);
    return this.change(input.appointmentId, (appointment) => {
      // At the desk a patient who arrived may still be cancelled (unwell, no IV access) until the exam starts.
      const atTheDesk = (appointment.status === "arrived" || appointment.status === "checked-in") && !appointment.examStatus;
      if (!movableStatuses.includes(appointment.status) && !atTheDesk)
        throw conflict(`The appointment is ${appointment.status} and can no longer be cancelled.`);
      this.markCancelled(appointment, input.reason, input.note || null);
      return { action: "cancelled", reason: input.note || input.reason };
    });
  }

  /** Moves the appointment (same record, so its history and first booking stay with it), checking every rule again. */
  async reschedule(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Rescheduling an appointment");
    const input = parseInput(rescheduleAppointmentInput, rawInput);
    const current = await this.loaders.byId.load(input.appointmentId);
    if (!current) throw notFound("Appointment", input.appointmentId);
    const slot = await planSlot(this.context, {
      orderId: current.orderId,
      deviceId: input.deviceId ?? current.deviceId,
      technologistId: input.technologistId === undefined ? current.technologistId : input.technologistId,
      startsAt: input.startsAt,
    });
    const overrides = await clearBlockers(this.context, slot, input.overrides ?? []);
    return this.change(input.appointmentId, (appointment) => {
      if (!movableStatuses.includes(appointment.status))
        throw conflict(`The appointment is ${appointment.status} and can no longer be moved.`);
      const before = {
        deviceId: appointment.deviceId,
        technologistId: appointment.technologistId,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
      };
      Object.assign(appointment, {
        deviceId: slot.deviceId,
        technologistId: slot.technologistId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      });
      const changes = changesBetween(before, { ...slot });
      return { action: "rescheduled", reason: input.reason, changes: { ...changes, ...overrideChanges(overrides) } };
    });
  }

  private async bookHeld(holdId: string, slot: PlannedSlot, overrides: Override[]): Promise<Appointment> {
    const hold = await this.store.locked(holdId);
    if (!hold || hold.status !== "proposed" || hold.orderId !== slot.order.id)
      throw conflict("The hold has expired or belongs to another order; find the slot again.");
    if (hold.deviceId !== slot.deviceId || hold.startsAt.getTime() !== slot.startsAt.getTime())
      throw conflict("The hold keeps a different slot; book the held device and time, or release the hold.");
    hold.status = "booked";
    hold.holdExpiresAt = null;
    hold.technologistId = slot.technologistId;
    hold.bookedAt = new Date();
    hold.bookedBy = this.context.identity.name;
    hold.updatedAt = new Date();
    this.logChange(hold, "booked", "proposed", overrides, "Booked from a hold");
    return hold;
  }

  private create(slot: PlannedSlot, fields: Partial<Appointment>): Appointment {
    const now = new Date();
    const id = randomUUID();
    return this.context.em.create(Appointment, {
      id,
      orderId: slot.order.id,
      patientId: slot.order.patientId,
      deviceId: slot.deviceId,
      technologistId: slot.technologistId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: "booked",
      overbooked: false,
      overbookReason: null,
      holdExpiresAt: null,
      cancellationReason: null,
      cancellationNote: null,
      cancelledLate: null,
      cancelledAt: null,
      cancelledBy: null,
      bookedAt: null,
      bookedBy: null,
      createdAt: now,
      updatedAt: now,
      ...notYetSeen(id),
      ...fields,
    });
  }

  private markCancelled(appointment: Appointment, reason: NonNullable<Appointment["cancellationReason"]>, note: string | null): void {
    const now = new Date();
    appointment.status = "cancelled";
    appointment.cancellationReason = reason;
    appointment.cancellationNote = note;
    appointment.cancelledLate = appointment.startsAt.getTime() - now.getTime() < lateCancellationMs;
    appointment.cancelledAt = now;
    appointment.cancelledBy = this.context.identity.name;
    appointment.holdExpiresAt = null;
  }

  private change(appointmentId: string, apply: (appointment: Appointment) => ChangeRecord): Promise<Appointment> {
    return this.changes.change(appointmentId, apply);
  }

  private logChange(
    appointment: Appointment,
    action: string,
    fromStatus: AppointmentStatus | null,
    overrides: Override[],
    reason: string | null,
  ): void {
    recordHistory(this.context.em, this.context.identity, appointment, { action, fromStatus, changes: overrideChanges(overrides), reason });
    this.audit(appointment, fromStatus ? "update" : "create", [action, ...overrides.map((override) => `override:${override.code}`)]);
  }

  private audit(appointment: Appointment, action: "create" | "update", fields: string[]): void {
    this.changes.audit(appointment, action, fields);
  }

  /** A write in one transaction; a double booking the database refuses becomes CONFLICT and nothing is kept. */
  private write(work: () => Promise<Appointment>): Promise<Appointment> {
    return this.changes.write(work);
  }
}

function overrideChanges(overrides: readonly Override[]): Record<string, { from: unknown; to: unknown }> {
  return overrides.length > 0 ? { overrides: { from: null, to: overrides } } : {};
}
