import { addDays, calendarDays } from "@gantry/calendar/calendar";
import { departmentToday, endOfDepartmentDay, startOfDepartmentDay } from "@gantry/subgraph-kit/department-clock";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import type { BusyPeriod } from "../appointment/appointment.store.ts";
import { blocksInTheWay, mayUseBlock } from "../booking-rules/reserved-blocks.ts";
import type { Priority, Procedure } from "../procedure/procedure.entity.ts";
import { devicesInService, rosterByDay, type RosteredTechnologist } from "./area-availability.ts";
import { freeOf, intersect, overlaps, packSlots, subtract, union, type Period } from "./free-time.ts";
import { firstInput, nextAvailableInput, slotSearchInput } from "./slot-finder.input.ts";

export interface FoundSlot extends Period {
  deviceId: string;
  deviceName: string;
  technologistIds: string[];
  /** In a block reserved for this order's priority or group. */
  reserved: boolean;
}

interface Search {
  procedure: Procedure;
  priority: Priority;
  patientId: string | null;
  from: string;
  to: string;
  deviceId: string | null;
  first: number;
}

const stepMinutes = 5;

/**
 * Open slots for an order: the device's opening hours, minus booked and held time, minus its
 * downtime and maintenance (equipment), honouring reserved blocks, with at least one technologist
 * credentialed, on a regular shift for the whole slot and free (staff). Every source is read once
 * per search, whatever the number of days, devices and appointments: a constant number of
 * statements here and one question to each other area.
 */
export class SlotFinder {
  private readonly context: SchedulingContext;
  constructor(context: SchedulingContext) {
    this.context = context;
  }

  async forOrder(rawSearch: unknown, rawFirst: number | null | undefined): Promise<FoundSlot[]> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Finding slots for an order");
    const search = parseInput(slotSearchInput, rawSearch, "search");
    const first = parseInput(firstInput, rawFirst ?? 50, "first");
    const order = await this.context.orders.loadOrFail(search.orderId);
    const procedure = await this.context.procedures.loadOrFail(order.procedureId);
    return this.find({
      procedure,
      priority: order.priority,
      patientId: order.patientId,
      from: search.from,
      to: search.to,
      deviceId: search.deviceId ?? null,
      first,
    });
  }

  /** The soonest slot for a procedure at a priority, searched four weeks at a time up to twelve weeks ahead. */
  async nextAvailable(raw: unknown): Promise<FoundSlot | null> {
    requireSchedulingPermission(this.context.identity, "readSchedules", "Finding the next available slot");
    const input = parseInput(nextAvailableInput, raw, "arguments");
    const procedure = await this.context.procedures.loadOrFail(input.procedureId);
    for (let window = 0; window < 3; window++) {
      const from = addDays(input.from, window * 28);
      const [slot] = await this.find({
        procedure,
        priority: input.priority,
        patientId: null,
        from,
        to: addDays(from, 27),
        deviceId: null,
        first: 1,
      });
      if (slot) return slot;
    }
    return null;
  }

  private async find(search: Search): Promise<FoundSlot[]> {
    const { procedure } = search;
    const today = departmentToday();
    const fromDay = search.from < today ? today : search.from;
    if (fromDay > search.to) return [];
    const from = startOfDepartmentDay(fromDay);
    const to = endOfDepartmentDay(search.to);
    const days = calendarDays(fromDay, search.to);
    const [devices, roster] = await Promise.all([
      devicesInService(this.context.areas, procedure.modality, from, to),
      rosterByDay(this.context.areas, procedure.modality, days),
    ]);
    const candidates = devices.filter((device) => !search.deviceId || device.id === search.deviceId);
    if (candidates.length === 0) return [];
    const ids = candidates.map((device) => device.id);
    await this.context.appointmentTime.releaseExpiredHolds();
    const [hours, durations, busy, patientBusy] = await Promise.all([
      this.context.schedules.hoursOf(ids, fromDay, search.to),
      this.context.procedures.durationsOn(procedure, ids),
      this.context.appointmentTime.busy(ids, from, to),
      search.patientId ? this.context.appointmentTime.patientBusy(search.patientId, from, to) : Promise.resolve([]),
    ]);
    // Each candidate's department day, from the days' boundaries worked out once (a time-zone
    // conversion per candidate was most of a search's time).
    const dayStarts = days.map((day) => ({ day, startsAt: startOfDepartmentDay(day) }));
    const dayOf = (instant: Date) => dayStarts.findLast((entry) => entry.startsAt <= instant)?.day ?? fromDay;
    // Only time someone is on shift and not at another exam can hold a slot: the rest is never tried
    // (on a full schedule, trying it five minutes at a time was most of a search's work).
    // Each technologist's exams joined and sorted once, so "is this one free" is a binary search.
    const byTechnologist = new Map([...groupByResource(busy.technologists)].map(([id, periods]) => [id, union(periods)]));
    const rostered = new Map([...roster.values()].flat().map((member) => [member.id, member]));
    const staffed = union([...rostered.values()].flatMap((member) => subtract(member.shifts, byTechnologist.get(member.id) ?? [])));
    const byDevice = groupByResource(busy.devices);
    const now = new Date();
    const slots: FoundSlot[] = [];
    for (const device of candidates) {
      const deviceHours = hours.get(device.id) ?? { open: [], reserved: [] };
      const blocked = blocksInTheWay(
        deviceHours.reserved,
        { startsAt: from, endsAt: to },
        search.priority,
        procedure.procedureGroup ?? null,
      );
      const taken = [...device.downtime, ...blocked, ...(byDevice.get(device.id) ?? [])];
      const minutes = durations.get(device.id) ?? procedure.defaultMinutes;
      const free = intersect(subtract(deviceHours.open, taken), staffed);
      const technologistsFor = (slot: Period) => freeTechnologists(roster.get(dayOf(slot.startsAt)) ?? [], slot, byTechnologist);
      // The soonest `first` of all devices are among each device's soonest `first`: no need to pack the rest.
      for (const slot of packSlots(free, minutes, {
        notBefore: now,
        stepMinutes,
        accept: (candidate) => !patientBusy.some((period) => overlaps(period, candidate)) && technologistsFor(candidate).length > 0,
        limit: search.first,
      })) {
        const reserved = deviceHours.reserved.some(
          (block) => overlaps(block, slot) && mayUseBlock(block, search.priority, procedure.procedureGroup ?? null),
        );
        slots.push({ ...slot, deviceId: device.id, deviceName: device.name, technologistIds: technologistsFor(slot), reserved });
      }
    }
    return slots
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.deviceName.localeCompare(b.deviceName))
      .slice(0, search.first);
  }
}

/** Technologists whose regular shift covers the whole slot and who have no exam overlapping it (`busy`: each one's, joined and sorted). */
function freeTechnologists(roster: readonly RosteredTechnologist[], slot: Period, busy: ReadonlyMap<string, Period[]>): string[] {
  return roster
    .filter((member) => member.shifts.some((shift) => shift.startsAt <= slot.startsAt && shift.endsAt >= slot.endsAt))
    .filter((member) => freeOf(busy.get(member.id) ?? [], slot))
    .map((member) => member.id);
}

function groupByResource(periods: readonly BusyPeriod[]): Map<string, Period[]> {
  const grouped = new Map<string, Period[]>();
  for (const period of periods) {
    const list = grouped.get(period.resourceId) ?? [];
    list.push(period);
    grouped.set(period.resourceId, list);
  }
  return grouped;
}
