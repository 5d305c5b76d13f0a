import type { DeviceCalendarQuery } from "../__generated__/graphql.ts";
import { appointmentStatus, reservedPriority } from "../labels.ts";
import { sameSlot, type SlotChoice } from "./slot-choice.ts";

export type CalendarDevice = DeviceCalendarQuery["devices"]["nodes"][number];

export type EventKind = "appointment" | "hold" | "slot" | "downtime" | "reserved";

/** One block on the calendar: a booking, a found slot, or (in the background) downtime and reserved time. */
export interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  resourceId: string;
  kind: EventKind;
  slot: SlotChoice | null;
  selected: boolean;
}

/** Statuses that take time on the device (a cancelled or no-show appointment frees it). */
const takingTime = new Set(["PROPOSED", "PENDING", "BOOKED", "ARRIVED", "CHECKED_IN", "FULFILLED"]);

export function bookingEvents(devices: readonly CalendarDevice[]): CalendarEvent[] {
  return devices.flatMap((device) =>
    device.appointments
      .filter((appointment) => takingTime.has(appointment.status))
      .map((appointment) => ({
        id: `appointment-${appointment.id}`,
        title: `${appointmentStatus.format(appointment.status)}${appointment.overbooked ? " (overbooked)" : ""}: ${appointment.order.accessionNumber} ${appointment.order.procedure.name}`,
        start: new Date(appointment.startsAt),
        end: new Date(appointment.endsAt),
        resourceId: device.id,
        kind: appointment.status === "PROPOSED" ? ("hold" as const) : ("appointment" as const),
        slot: null,
        selected: false,
      })),
  );
}

export function slotEvents(slots: readonly SlotChoice[], selected: SlotChoice | null): CalendarEvent[] {
  return slots.map((slot) => ({
    id: `slot-${slot.deviceId}-${slot.startsAt}`,
    title: `Open slot${slot.reserved ? " (reserved)" : ""}`,
    start: new Date(slot.startsAt),
    end: new Date(slot.endsAt),
    resourceId: slot.deviceId,
    kind: "slot" as const,
    slot,
    selected: sameSlot(slot, selected),
  }));
}

/** Downtime from equipment and time reserved for a priority or group, shaded behind the bookings. */
export function backgroundEvents(
  devices: readonly CalendarDevice[],
  downtime: DeviceCalendarQuery["downtimeWindows"],
  until: Date,
): CalendarEvent[] {
  const reserved = devices.flatMap((device) =>
    device.openingHours.flatMap((day) =>
      day.reserved.map((period, index) => ({
        id: `reserved-${device.id}-${day.date}-${index}`,
        title: `Reserved${period.forPriority ? ` for ${reservedPriority.format(period.forPriority)}` : ""}${period.forGroup ? ` (${period.forGroup})` : ""}`,
        start: new Date(period.startsAt),
        end: new Date(period.endsAt),
        resourceId: device.id,
        kind: "reserved" as const,
        slot: null,
        selected: false,
      })),
    ),
  );
  const down = downtime.map((window, index) => ({
    id: `downtime-${window.device.id}-${index}`,
    title: window.reason === "MAINTENANCE" ? "Maintenance" : "Down",
    start: new Date(window.startsAt),
    // A DOWN period still open runs to the end of what the calendar shows.
    end: window.endsAt ? new Date(window.endsAt) : until,
    resourceId: window.device.id,
    kind: "downtime" as const,
    slot: null,
    selected: false,
  }));
  return [...reserved, ...down];
}

/** Whether the device is open at an instant, by its opening hours (closed time is shaded). */
export function openAt(device: CalendarDevice | undefined, at: Date): boolean {
  if (!device) return false;
  const time = at.getTime();
  return device.openingHours.some((day) =>
    day.open.some((period) => Date.parse(period.startsAt) <= time && time < Date.parse(period.endsAt)),
  );
}

/** The hours the day view spans: from the earliest opening to the latest closing of the week (7–19 when none). */
export function visibleHours(devices: readonly CalendarDevice[]): { min: number; max: number } {
  const periods = devices.flatMap((device) => device.openingHours.flatMap((day) => day.open));
  if (periods.length === 0) return { min: 7, max: 19 };
  const starts = periods.map((period) => new Date(period.startsAt).getHours());
  const ends = periods.map((period) => {
    const end = new Date(period.endsAt);
    // Closing at midnight ends the day at 24, not 0.
    return end.getHours() === 0 && end.getMinutes() === 0 ? 24 : end.getHours() + (end.getMinutes() > 0 ? 1 : 0);
  });
  return { min: Math.max(0, Math.min(...starts) - 1), max: Math.min(24, Math.max(...ends) + 1) };
}
