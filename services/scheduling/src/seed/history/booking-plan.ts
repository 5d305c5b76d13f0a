import { addDays } from "@gantry/calendar/calendar";
import type { DemoRandom } from "@gantry/demo-data/random";
import type { PatientClass } from "../../modules/imaging-order/imaging-order.entity.ts";
import type { Priority } from "../../modules/procedure/procedure.entity.ts";
import type { ReservedPeriod } from "../../modules/schedule/opening-hours.ts";
import type { RosteredTechnologist } from "../../modules/slot-finder/area-availability.ts";
import { overlaps, subtract, type Period } from "../../modules/slot-finder/free-time.ts";
import type { Department, HistoryDevice, HistoryPatient, HistoryProcedure } from "./department-sources.ts";
import { defaultMix, drawShare, modalityMix, priorityByClass } from "./department-mix.ts";

/** One booking of the year, placed where a scheduler using the slot finder could have placed it. */
export interface PlannedBooking {
  device: HistoryDevice;
  procedure: HistoryProcedure;
  patient: HistoryPatient;
  technologist: { id: string; name: string };
  startsAt: Date;
  endsAt: Date;
  priority: Priority;
  patientClass: PatientClass;
}

const minuteMs = 60_000;
const probeStepMs = 15 * minuteMs;

/** Who of the day's credentialed technologists is on a regular shift for the whole slot and free. */
function technologistFor(roster: readonly RosteredTechnologist[], slot: Period, busy: Map<string, Period[]>, random: DemoRandom) {
  const start = random.int(0, Math.max(0, roster.length - 1));
  for (let turn = 0; turn < roster.length; turn++) {
    const person = roster[(start + turn) % roster.length] as RosteredTechnologist;
    const onShift = person.shifts.some((shift) => shift.startsAt <= slot.startsAt && shift.endsAt >= slot.endsAt);
    if (onShift && !(busy.get(person.id) ?? []).some((taken) => overlaps(taken, slot))) return person;
  }
  return null;
}

/** A patient free that day who can have the exam (mammography: women from 35). */
function patientFor(procedure: HistoryProcedure, patients: readonly HistoryPatient[], seenToday: Set<string>, random: DemoRandom) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const patient = random.pick(patients);
    if (seenToday.has(patient.id)) continue;
    if (procedure.modality === "mg" && (!patient.female || patient.age < 35)) continue;
    return patient;
  }
  return null;
}

/** What kind of booking the time allows: a reserved block takes its priority or its group only. */
function bookingKind(
  block: ReservedPeriod | undefined,
  modality: string,
  isFuture: boolean,
  random: DemoRandom,
): { patientClass: PatientClass; priority: Priority } | null {
  if (block?.forGroup) return { patientClass: "outpatient", priority: "routine" };
  if (block?.forPriority) {
    // Kept time is used when an urgent case comes; otherwise it stays free.
    if (isFuture || !random.chance(0.5)) return null;
    return { patientClass: random.chance(0.6) ? "emergency" : "inpatient", priority: block.forPriority };
  }
  const mix = modalityMix[modality] ?? defaultMix;
  let patientClass = drawShare(random, mix.classes);
  // Nobody books the emergency department weeks ahead: future time is outpatients'.
  if (isFuture && patientClass === "emergency") patientClass = "outpatient";
  return { patientClass, priority: drawShare(random, priorityByClass[patientClass]) };
}

/**
 * Fills each device's open hours day by day, soonest first, as the slot finder offers them:
 * within the schedule's hours, outside downtime and maintenance, only with a technologist the staff
 * area counts as credentialed and competent that day who is on a regular shift for the whole slot
 * and not at another exam, a patient in one place at a time, and reserved blocks kept for their
 * priority or procedure group. Some slots stay open, as in any department.
 */
export function planBookings(department: Department, options: { from: string; to: string; now: Date; random: DemoRandom }) {
  const { random, now } = options;
  const byModality = new Map<string, HistoryProcedure[]>();
  for (const procedure of department.procedures)
    byModality.set(procedure.modality, [...(byModality.get(procedure.modality) ?? []), procedure]);
  const bookings: PlannedBooking[] = [];
  for (let day = options.from; day <= options.to; day = addDays(day, 1)) {
    const busy = new Map<string, Period[]>();
    const seenToday = new Set<string>();
    for (const device of department.devices) {
      const hours = device.days.get(day);
      const procedures = (byModality.get(device.modality) ?? []).filter((procedure) => procedure.group === null);
      const roster = department.roster.get(device.modality)?.get(day) ?? [];
      if (!hours || procedures.length === 0 || roster.length === 0) continue;
      const mix = modalityMix[device.modality] ?? defaultMix;
      for (const free of subtract(hours.open, device.downtime)) {
        let at = free.startsAt.getTime();
        while (at < free.endsAt.getTime()) {
          const block = hours.reserved.find((kept) => kept.startsAt.getTime() <= at && kept.endsAt.getTime() > at);
          const grouped = block?.forGroup ? (byModality.get(device.modality) ?? []).filter((p) => p.group === block.forGroup) : [];
          const procedure = block?.forGroup ? (grouped.length > 0 ? random.pick(grouped) : null) : random.pick(procedures);
          const kind = procedure ? bookingKind(block, device.modality, at > now.getTime(), random) : null;
          if (!procedure || !kind) {
            at = block ? block.endsAt.getTime() : at + probeStepMs;
            continue;
          }
          const slot = {
            startsAt: new Date(at),
            endsAt: new Date(at + (procedure.durations.get(device.id) ?? procedure.minutes) * minuteMs),
          };
          // Ordinary bookings stay out of kept time; past the open stretch, nothing fits.
          const intoBlock = !block && hours.reserved.some((kept) => overlaps(kept, slot));
          if (slot.endsAt > free.endsAt || intoBlock) {
            at += probeStepMs;
            continue;
          }
          if (random.chance(mix.idle)) {
            at = slot.endsAt.getTime();
            continue;
          }
          const technologist = technologistFor(roster, slot, busy, random);
          const patient = technologist ? patientFor(procedure, department.patients, seenToday, random) : null;
          if (!technologist || !patient) {
            at += probeStepMs;
            continue;
          }
          busy.set(technologist.id, [...(busy.get(technologist.id) ?? []), slot]);
          seenToday.add(patient.id);
          bookings.push({ device, procedure, patient, technologist: { id: technologist.id, name: technologist.name }, ...slot, ...kind });
          at = slot.endsAt.getTime();
        }
      }
    }
  }
  return bookings;
}
