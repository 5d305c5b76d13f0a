import type { Row } from "@gantry/demo-data/insert-rows";
import type { DemoRandom } from "@gantry/demo-data/random";
import { stableUuid } from "@gantry/demo-data/random";
import { dicomUidFromUuid } from "@gantry/subgraph-kit/dicom-uid";
import type { AppointmentStatus } from "../../modules/appointment/appointment.entity.ts";
import type { PlannedBooking } from "./booking-plan.ts";
import {
  cancellationByClass,
  cancellationReasons,
  defaultMix,
  discontinuedReasons,
  drawShare,
  leadMinutes,
  modalityMix,
  reasonsByModality,
  referrers,
  reportMinutes,
} from "./department-mix.ts";

const minuteMs = 60_000;
const frontDesk = "Front desk";
/** The subject every demo history line is written under (the names are the people's). */
const seedSubject = "gantry-demo-seed";

/** The rows one booking leaves behind: its order, the appointment as it stands, and its history lines in order. */
export interface BookingRows {
  order: Row;
  appointment: Row;
  history: Row[];
}

/** One step of a booking's history, before it becomes an appointment_history row. */
export interface Line {
  at: Date;
  actor: string;
  action: string;
  from: AppointmentStatus | null;
  to: AppointmentStatus;
  reason?: string | null;
}

const iso = (instant: Date | null) => (instant ? instant.toISOString() : null);
const after = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * minuteMs);
const earliest = (...instants: Date[]) => new Date(Math.min(...instants.map((instant) => instant.getTime())));

/**
 * What became of one booking by `now`, with every timestamp the department measures — ordered,
 * triaged, booked, arrived, checked in, exam started and ended, preliminary, final, distributed —
 * in order and never later than now. Past bookings were seen, cancelled, missed or abandoned in the
 * department's proportions; the one under way now is in the room; future ones are booked.
 */
export function bookingOutcome(
  booking: PlannedBooking,
  index: number,
  now: Date,
  random: DemoRandom,
  context: { radiologists: string[]; schedulers: string[] },
): BookingRows {
  const id = stableUuid("scheduling", `history:${booking.device.id}:${booking.startsAt.toISOString()}`);
  const orderId = stableUuid("scheduling", `history-order:${id}`);
  const { startsAt, endsAt, priority, patientClass, procedure } = booking;
  const scheduler = random.pick(context.schedulers.length > 0 ? context.schedulers : [frontDesk]);

  // Ordered, triaged and booked before the exam, and before now.
  const ordered = earliest(after(startsAt, -leadMinutes(random, priority, patientClass)), after(now, -random.int(5, 240)));
  const bookedBy = earliest(startsAt, now);
  const span = bookedBy.getTime() - ordered.getTime();
  const triaged = new Date(ordered.getTime() + span * (0.05 + random.next() * 0.25));
  const booked = new Date(triaged.getTime() + (bookedBy.getTime() - triaged.getTime()) * (0.1 + random.next() * 0.6));
  const lines: Line[] = [{ at: booked, actor: scheduler, action: "booked", from: null, to: "booked" }];

  const appointment: Row = {
    id,
    order_id: orderId,
    patient_id: booking.patient.id,
    device_id: booking.device.id,
    technologist_id: booking.technologist.id,
    starts_at: iso(startsAt),
    ends_at: iso(endsAt),
    status: "booked",
    booked_at: iso(booked),
    booked_by: scheduler,
    created_at: iso(booked),
    study_instance_uid: dicomUidFromUuid(id),
  };
  const set = (fields: Row) => Object.assign(appointment, fields);
  const mix = modalityMix[procedure.modality] ?? defaultMix;
  const outpatientShare = mix.classes.find(([kind]) => kind === "outpatient")?.[1] ?? 1;
  const roll = random.next();
  const cancelRate = cancellationByClass[patientClass];
  const noShowRate = patientClass === "outpatient" ? mix.noShows / outpatientShare : 0;

  if (roll < cancelRate) {
    // Cancelled some time after booking; about a third within the last 24 hours.
    const target = random.chance(0.35) ? after(startsAt, -random.int(60, 23 * 60)) : after(startsAt, -random.int(25 * 60, 10 * 1440));
    // Booked later than that: cancelled somewhere between the booking and the exam.
    const between = new Date(booked.getTime() + (startsAt.getTime() - booked.getTime()) * (0.3 + random.next() * 0.6));
    const when = target > booked ? target : between;
    const cancelledAt = when <= now ? when : null;
    if (cancelledAt) {
      const reason = drawShare(random, cancellationReasons);
      const note = reason === "other" ? "Patient moved to another hospital" : null;
      set({
        status: "cancelled",
        cancellation_reason: reason,
        cancellation_note: note,
        cancelled_late: startsAt.getTime() - cancelledAt.getTime() < 24 * 60 * minuteMs,
        cancelled_at: iso(cancelledAt),
        cancelled_by: scheduler,
      });
      lines.push({ at: cancelledAt, actor: scheduler, action: "cancelled", from: "booked", to: "cancelled", reason: note ?? reason });
    }
  } else if (roll < cancelRate + noShowRate && endsAt <= now) {
    const sweptAt = after(endsAt, 60);
    if (sweptAt <= now) {
      set({ status: "noshow" });
      lines.push({
        at: sweptAt,
        actor: "Gantry (no-show sweep)",
        action: "no-show",
        from: "booked",
        to: "noshow",
        reason: "Not arrived 60 minutes after the booked end.",
      });
    }
  } else {
    seen(booking, appointment, lines, { now, random, scheduler, index, ...context });
  }

  const triagedBy = random.pick(context.radiologists.length > 0 ? context.radiologists : ["Radiologist"]);
  const order = orderRow(booking, orderId, { ordered, triaged, triagedBy, random, status: orderStatus(booking, appointment, now) });
  const last = lines.at(-1) as Line;
  appointment.updated_at = iso(last.at);
  return { order, appointment, history: lines.map((line) => historyRow(id, line)) };
}

/** A history line as the appointment_history table takes it. */
export function historyRow(appointmentId: string, line: Line): Row {
  return {
    appointment_id: appointmentId,
    at: iso(line.at),
    actor_subject: seedSubject,
    actor_name: line.actor,
    action: line.action,
    from_status: line.from,
    to_status: line.to,
    reason: line.reason ?? null,
  };
}

/** At the desk and in the room: arrival, check-in, the exam, the report and its distribution, as far as `now` has come. */
function seen(
  booking: PlannedBooking,
  appointment: Row,
  lines: Line[],
  context: { now: Date; random: DemoRandom; scheduler: string; index: number; radiologists: string[] },
): void {
  const { now, random, scheduler } = context;
  const { startsAt, endsAt } = booking;
  const planned = random.chance(0.07) ? after(startsAt, random.int(16, 30)) : after(startsAt, -random.int(5, 30));
  // Someone booked minutes before their exam (the emergency department's) arrives after the booking.
  const bookedAt = new Date(String(appointment.booked_at));
  const arrived = planned > bookedAt ? planned : after(bookedAt, random.int(1, 5));
  const late = arrived.getTime() > startsAt.getTime() + 15 * minuteMs;
  if (arrived > now) return;
  Object.assign(appointment, { status: "arrived", arrived_at: iso(arrived), arrived_by: frontDesk, late_arrival: late });
  lines.push({ at: arrived, actor: frontDesk, action: "arrived", from: "booked", to: "arrived", reason: late ? "Arrived late" : null });

  const leftUnseen = booking.patientClass === "outpatient" && random.chance(0.005);
  const checkedIn = after(arrived, random.int(2, 8));
  if (leftUnseen) {
    const left = after(arrived, random.int(40, 90));
    if (left > now) return;
    Object.assign(appointment, {
      status: "cancelled",
      cancellation_reason: "left-without-being-seen",
      cancellation_note: "Waited too long",
      cancelled_late: true,
      cancelled_at: iso(left),
      cancelled_by: frontDesk,
    });
    lines.push({
      at: left,
      actor: frontDesk,
      action: "left-without-being-seen",
      from: "arrived",
      to: "cancelled",
      reason: "Waited too long",
    });
    return;
  }
  if (checkedIn > now) return;
  Object.assign(appointment, {
    status: "checked-in",
    checked_in_at: iso(checkedIn),
    checked_in_by: frontDesk,
    identity_confirmed_with: ["name-and-birth-date", context.index % 3 === 0 ? "mrn" : "wristband"],
  });
  lines.push({ at: checkedIn, actor: frontDesk, action: "checked-in", from: "arrived", to: "checked-in" });

  const waitRoll = random.next();
  const wait = waitRoll < 0.6 ? random.int(0, 8) : waitRoll < 0.9 ? random.int(8, 25) : random.int(25, 60);
  const started = new Date(Math.max(after(checkedIn, random.int(1, 4)).getTime(), after(startsAt, wait).getTime()));
  if (started > now) return;
  const technologist = booking.technologist.name;
  Object.assign(appointment, { exam_status: "in-progress", exam_started_at: iso(started), exam_started_by: technologist });
  lines.push({ at: started, actor: technologist, action: "exam-started", from: "checked-in", to: "checked-in" });

  const minutes = (endsAt.getTime() - startsAt.getTime()) / minuteMs;
  const discontinued = random.chance(0.012);
  const ended = after(started, Math.round(minutes * (discontinued ? 0.2 + random.next() * 0.4 : 0.8 + random.next() * 0.5)));
  if (ended > now) return;
  const reason = discontinued ? random.pick(discontinuedReasons) : null;
  Object.assign(appointment, {
    status: "fulfilled",
    exam_status: discontinued ? "discontinued" : "completed",
    exam_ended_at: iso(ended),
    exam_ended_by: technologist,
    discontinued_reason: reason,
  });
  lines.push({
    at: ended,
    actor: technologist,
    action: discontinued ? "exam-discontinued" : "exam-completed",
    from: "checked-in",
    to: "fulfilled",
    reason,
  });
  if (!discontinued) report(booking, appointment, lines, ended, { now, random, scheduler, radiologists: context.radiologists });
}

function report(
  booking: PlannedBooking,
  appointment: Row,
  lines: Line[],
  ended: Date,
  context: { now: Date; random: DemoRandom; scheduler: string; radiologists: string[] },
): void {
  const { now, random } = context;
  const radiologist = random.pick(context.radiologists.length > 0 ? context.radiologists : ["Radiologist"]);
  const finalAt = after(ended, reportMinutes(random, booking.priority, booking.patientClass));
  const urgent = booking.priority === "stat" || booking.patientClass === "emergency";
  const preliminaryAt = urgent && random.chance(0.7) ? after(ended, random.int(5, 30)) : null;
  if (preliminaryAt && preliminaryAt <= now && preliminaryAt < finalAt) {
    Object.assign(appointment, { report_status: "preliminary", report_preliminary_at: iso(preliminaryAt), radiologist_name: radiologist });
    lines.push({ at: preliminaryAt, actor: radiologist, action: "report-preliminary", from: "fulfilled", to: "fulfilled" });
  }
  if (finalAt > now) return;
  Object.assign(appointment, { report_status: "final", report_final_at: iso(finalAt), radiologist_name: radiologist });
  lines.push({ at: finalAt, actor: radiologist, action: "report-final", from: "fulfilled", to: "fulfilled" });
  const distributedAt = after(finalAt, random.int(1, 45));
  if (distributedAt > now || random.chance(0.05)) return;
  const via = drawShare(random, [
    ["hl7", 0.7],
    ["portal", 0.15],
    ["fax", 0.1],
    ["phone", 0.05],
  ] as const);
  Object.assign(appointment, {
    report_distributed_at: iso(distributedAt),
    report_distributed_via: via,
    report_distributed_to: "Referring provider",
  });
  lines.push({
    at: distributedAt,
    actor: context.scheduler,
    action: "report-distributed",
    from: "fulfilled",
    to: "fulfilled",
    reason: via,
  });
}

/**
 * An order whose exam was done is completed. An outpatient's routine or urgent order whose booking
 * fell through (cancelled, missed, stopped) waits two weeks to be booked again, then is revoked; an
 * emergency, inpatient or STAT one is revoked at once (the need has passed or was ordered anew).
 */
function orderStatus(booking: PlannedBooking, appointment: Row, now: Date): string {
  if (appointment.exam_status === "completed") return "completed";
  if (["booked", "arrived", "checked-in"].includes(String(appointment.status))) return "active";
  const rebooked = booking.patientClass === "outpatient" && booking.priority !== "stat" && booking.priority !== "asap";
  const recent = Date.parse(String(appointment.starts_at)) > now.getTime() - 14 * 1440 * minuteMs;
  return rebooked && recent ? "active" : "revoked";
}

function orderRow(
  booking: PlannedBooking,
  id: string,
  context: { ordered: Date; triaged: Date; triagedBy: string; random: DemoRandom; status: string },
): Row {
  const { random } = context;
  const [code, text] = random.pick(reasonsByModality[booking.procedure.modality] ?? [["R69", "Illness, unspecified"]]);
  const [referrer, npi] =
    booking.patientClass === "emergency" ? (referrers.at(-1) as readonly [string, string]) : random.pick(referrers.slice(0, -1));
  return {
    id,
    placer_order_number: `EHR-${id.slice(0, 8).toUpperCase()}`,
    patient_id: booking.patient.id,
    referring_name: referrer,
    referring_npi: npi,
    procedure_id: booking.procedure.id,
    laterality: booking.procedure.lateralityRequired ? random.pick(["left", "right", "bilateral"]) : null,
    reason_code: code,
    reason_text: text,
    priority: booking.priority,
    patient_class: booking.patientClass,
    status: context.status,
    requires_prior_auth: booking.procedure.priorAuthRequired && booking.patientClass === "outpatient",
    triaged_at: iso(context.triaged),
    triaged_by: context.triagedBy,
    ordered_at: iso(context.ordered),
    ordered_by: referrer,
    updated_at: iso(context.triaged),
    updated_by: context.triagedBy,
  };
}
