import { endOfDepartmentDay, startOfDepartmentDay } from "@gantry/subgraph-kit/department-clock";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { calendarDate, recordId } from "@gantry/subgraph-kit/input-rules";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import type { AppointmentChanges, ChangeRecord } from "../appointment/appointment.changes.ts";
import type { Appointment } from "../appointment/appointment.entity.ts";
import type { AppointmentStore } from "../appointment/appointment.store.ts";
import { clearBlockers, planSlot } from "../appointment/booking.ts";
import {
  checkInInput,
  completeExamInput,
  discontinueExamInput,
  leftWithoutBeingSeenInput,
  recordContrastGivenInput,
  recordReportDistributionInput,
  recordReportInput,
  startExamInput,
  worklistInput,
} from "./exam-day.input.ts";
import { stageOf } from "./exam-stage.ts";

/** Arriving later than this after the booked start is a late arrival. */
const lateArrivalMs = 15 * 60_000;
/** A patient is received for an appointment within this of its time, not for another day's. */
const receivingWindowMs = 12 * 3_600_000;
/** Rules of booking that do not apply once the patient is in the room: the slot is already theirs. */
const slotOnlyRules = ["OUTSIDE_HOURS", "RESERVED_BLOCK"];

const stageWords: Record<string, string> = {
  held: "only held",
  booked: "booked and waiting for the patient",
  arrived: "arrived",
  "checked-in": "checked in",
  "in-progress": "in progress",
  completed: "completed",
  discontinued: "discontinued",
  preliminary: "preliminary-reported",
  final: "finally reported",
  distributed: "reported and distributed",
  "no-show": "a no-show",
  cancelled: "cancelled",
  "left-without-being-seen": "closed: the patient left without being seen",
  "entered-in-error": "entered in error",
  waitlist: "on the waitlist",
};

function refuse(appointment: Appointment, doing: string): never {
  throw conflict(`This exam is ${stageWords[stageOf(appointment)] ?? stageOf(appointment)}; it cannot be ${doing}.`);
}

/**
 * The exam's day as explicit transitions: arrival, check-in, start, completion or discontinuation,
 * the report's times and its distribution; no-show and left without being seen. Each checks the
 * stage it starts from under the row's lock (so two people doing the same step get one success and
 * one CONFLICT), stamps who and when, and writes its history line and audit entry.
 */
export class ExamDayManager {
  private readonly context: SchedulingContext;
  private readonly store: AppointmentStore;
  private readonly changes: AppointmentChanges;

  constructor(context: SchedulingContext, store: AppointmentStore, changes: AppointmentChanges) {
    this.context = context;
    this.store = store;
    this.changes = changes;
  }

  /** One statement for the whole day, whatever the filter. */
  worklist(rawQuery: unknown): Promise<Appointment[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading the day's worklist");
    const query = parseInput(worklistInput, rawQuery, "arguments");
    return this.store.worklist({ ...query, from: startOfDepartmentDay(query.day), to: endOfDepartmentDay(query.day) });
  }

  trackingBoardVersion(rawDay: unknown): Promise<string> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Watching the tracking board");
    const day = parseInput(calendarDate, rawDay, "day");
    return this.store.dayVersion(startOfDepartmentDay(day), endOfDepartmentDay(day));
  }

  markArrived(rawId: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "receivePatients", "Marking a patient's arrival");
    return this.change(parseInput(recordId, rawId, "appointmentId"), (appointment, now) => {
      if (appointment.status !== "booked") refuse(appointment, "marked as arrived");
      this.requireReceivable(appointment, now);
      this.arrive(appointment, now);
      return { action: "arrived", reason: appointment.lateArrival ? "Arrived late" : null };
    });
  }

  checkIn(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "receivePatients", "Checking a patient in");
    const input = parseInput(checkInInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.status !== "booked" && appointment.status !== "arrived") refuse(appointment, "checked in");
      this.requireReceivable(appointment, now);
      if (!appointment.arrivedAt) this.arrive(appointment, now);
      appointment.status = "checked-in";
      appointment.checkedInAt = now;
      appointment.checkedInBy = this.context.identity.name;
      appointment.identityConfirmedWith = input.identifiers;
      return {
        action: "checked-in",
        reason: null,
        changes: { identityConfirmedWith: { from: null, to: input.identifiers }, screeningReviewed: { from: null, to: true } },
      };
    });
  }

  markNoShow(rawId: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "receivePatients", "Marking a no-show");
    return this.change(parseInput(recordId, rawId, "appointmentId"), (appointment, now) => {
      if (appointment.status !== "booked") refuse(appointment, "marked as a no-show");
      if (now < appointment.startsAt)
        throw conflict("The appointment has not started yet; a patient is a no-show only after the booked start.");
      appointment.status = "noshow";
      return { action: "no-show", reason: null };
    });
  }

  markLeftWithoutBeingSeen(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "receivePatients", "Recording that a patient left");
    const input = parseInput(leftWithoutBeingSeenInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if ((appointment.status !== "arrived" && appointment.status !== "checked-in") || appointment.examStatus)
        refuse(appointment, "closed as left without being seen");
      appointment.status = "cancelled";
      appointment.cancellationReason = "left-without-being-seen";
      appointment.cancellationNote = input.note ?? null;
      appointment.cancelledLate = false;
      appointment.cancelledAt = now;
      appointment.cancelledBy = this.context.identity.name;
      return { action: "left-without-being-seen", reason: input.note ?? null };
    });
  }

  /** Checks the booking's rules again first (outside the row lock: they ask other areas), then starts under the lock. */
  async startExam(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "performExams", "Starting an exam");
    const input = parseInput(startExamInput, rawInput);
    const [current] = await this.store.byIds([input.appointmentId]);
    if (!current) throw notFound("Appointment", input.appointmentId);
    if (current.status !== "checked-in" || current.examStatus) refuse(current, "started");
    const technologistId = input.technologistId ?? current.technologistId;
    if (!technologistId)
      throw badUserInput("Say which technologist performs the exam.", [
        { field: "input.technologistId", message: "no technologist was booked; choose who performs it" },
      ]);
    const slot = await planSlot(this.context, { ...current, technologistId });
    const overrides = await clearBlockers(this.context, { ...slot, endsAt: current.endsAt }, input.overrides ?? [], {
      notApplying: slotOnlyRules,
      doing: "Starting this exam",
      overrideWith: "overrideRulesAtExamStart",
    });
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.status !== "checked-in" || appointment.examStatus) {
        if (appointment.examStatus === "in-progress")
          throw conflict(
            `${appointment.examStartedBy ?? "Someone"} started this exam already, at ${appointment.examStartedAt?.toISOString()}.`,
          );
        refuse(appointment, "started");
      }
      const before = appointment.technologistId;
      appointment.technologistId = technologistId;
      appointment.examStatus = "in-progress";
      appointment.examStartedAt = now;
      appointment.examStartedBy = this.context.identity.name;
      return {
        action: "exam-started",
        reason: null,
        changes: {
          ...(before === technologistId ? {} : { technologistId: { from: before, to: technologistId } }),
          ...(overrides.length > 0 ? { overrides: { from: null, to: overrides } } : {}),
        },
      };
    });
  }

  completeExam(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "performExams", "Completing an exam");
    const input = parseInput(completeExamInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.examStatus !== "in-progress") refuse(appointment, "completed (only an exam in progress is)");
      this.endExam(appointment, now, "completed");
      appointment.examNotes = input.notes ?? appointment.examNotes;
      return { action: "exam-completed", reason: null };
    });
  }

  /**
   * Takes the contrast from stock in the equipment area first (its reference is this exam, so a
   * retried request takes nothing more), then records it on the exam under the row lock.
   */
  async recordContrastGiven(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "performExams", "Recording contrast given");
    const input = parseInput(recordContrastGivenInput, rawInput);
    const [current] = await this.store.byIds([input.appointmentId]);
    if (!current) throw notFound("Appointment", input.appointmentId);
    if (current.examStatus !== "in-progress" && current.examStatus !== "completed")
      refuse(current, "given contrast (only an exam under way or done is)");
    if (current.contrastLotId && (current.contrastLotId !== input.lotId || current.contrastQuantity !== input.quantity))
      throw conflict("Contrast is recorded for this exam already; a second dose or a correction is recorded in the equipment area.");
    const { recordStockUse } = await this.context.areas.ask<{ recordStockUse: { id: string } }>({
      area: "equipment",
      checking: "taking the contrast from stock",
      query: `mutation ($input: WithdrawStockInput!) { recordStockUse(input: $input) { id } }`,
      variables: {
        input: {
          lotId: input.lotId,
          quantity: input.quantity,
          reason: `Contrast for exam ${current.studyInstanceUid}`,
          reference: `scheduling:contrast:${current.id}`,
        },
      },
    });
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.contrastStockMovementId === recordStockUse.id) return { action: "contrast-given", reason: null };
      appointment.contrastAgent = input.agent ?? null;
      appointment.contrastLotId = input.lotId;
      appointment.contrastQuantity = input.quantity;
      appointment.contrastStockMovementId = recordStockUse.id;
      appointment.contrastRecordedAt = now;
      appointment.contrastRecordedBy = this.context.identity.name;
      return {
        action: "contrast-given",
        reason: null,
        changes: { contrast: { from: null, to: { lotId: input.lotId, quantity: input.quantity, agent: input.agent ?? null } } },
      };
    });
  }

  discontinueExam(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "performExams", "Discontinuing an exam");
    const input = parseInput(discontinueExamInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.examStatus !== "in-progress") refuse(appointment, "discontinued (only an exam in progress is)");
      this.endExam(appointment, now, "discontinued");
      appointment.discontinuedReason = input.reason;
      return { action: "exam-discontinued", reason: input.reason };
    });
  }

  recordReport(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "trackReports", "Recording a report");
    const input = parseInput(recordReportInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.examStatus !== "completed") refuse(appointment, "reported (only a completed exam is)");
      if (input.addendum) {
        if (appointment.reportStatus !== "final") throw conflict("An addendum amends a final report; this exam has none yet.");
        appointment.reportAddendum = true;
        return { action: "report-addendum", reason: null };
      }
      if (appointment.reportStatus === "final") throw conflict("The report is final already; record an addendum to amend it.");
      if (input.status === "preliminary" && appointment.reportStatus === "preliminary")
        throw conflict("A preliminary report is recorded already; record the final report next.");
      appointment.reportStatus = input.status;
      if (input.status === "preliminary") appointment.reportPreliminaryAt = now;
      else appointment.reportFinalAt = now;
      appointment.radiologistName = this.context.identity.name;
      return { action: `report-${input.status}`, reason: null };
    });
  }

  recordReportDistribution(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "trackReports", "Recording a report's distribution");
    const input = parseInput(recordReportDistributionInput, rawInput);
    return this.change(input.appointmentId, (appointment, now) => {
      if (appointment.reportStatus !== "final") refuse(appointment, "distributed (only a final report is)");
      const before = { via: appointment.reportDistributedVia, to: appointment.reportDistributedTo };
      appointment.reportDistributedAt = now;
      appointment.reportDistributedVia = input.via;
      appointment.reportDistributedTo = input.to;
      return {
        action: "report-distributed",
        reason: null,
        changes: { distribution: { from: before, to: { via: input.via, to: input.to } } },
      };
    });
  }

  private change(appointmentId: string, apply: (appointment: Appointment, now: Date) => ChangeRecord): Promise<Appointment> {
    return this.changes.change(appointmentId, (appointment) => apply(appointment, new Date()));
  }

  private requireReceivable(appointment: Appointment, now: Date): void {
    const tooEarly = now.getTime() < appointment.startsAt.getTime() - receivingWindowMs;
    const tooLate = now.getTime() > appointment.endsAt.getTime() + receivingWindowMs;
    if (tooEarly || tooLate)
      throw conflict(
        `This appointment is at ${appointment.startsAt.toISOString()}; a patient is received within 12 hours of their appointment, not for another day's.`,
      );
  }

  private arrive(appointment: Appointment, now: Date): void {
    appointment.status = "arrived";
    appointment.arrivedAt = now;
    appointment.arrivedBy = this.context.identity.name;
    appointment.lateArrival = now.getTime() > appointment.startsAt.getTime() + lateArrivalMs;
  }

  private endExam(appointment: Appointment, now: Date, outcome: "completed" | "discontinued"): void {
    appointment.examStatus = outcome;
    appointment.examEndedAt = now;
    appointment.examEndedBy = this.context.identity.name;
    // FHIR: the appointment took place; what became of the exam is examStatus.
    appointment.status = "fulfilled";
  }
}
