import type { FindSlotsQuery } from "../__generated__/graphql.ts";

export type FoundSlot = FindSlotsQuery["findSlots"][number];

/** A time to book: a found slot, or (for those who may overbook) a time picked on the calendar. */
export interface SlotChoice {
  deviceId: string;
  deviceName: string;
  startsAt: string;
  endsAt: string;
  reserved: boolean;
  technologists: FoundSlot["technologists"];
  /** Picked on the calendar rather than offered by the slot finder: only an overbooking may take it. */
  picked: boolean;
}

export function choiceOf(slot: FoundSlot): SlotChoice {
  return {
    deviceId: slot.device.id,
    deviceName: slot.device.name,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    reserved: slot.reserved,
    technologists: slot.technologists,
    picked: false,
  };
}

export function sameSlot(a: { deviceId: string; startsAt: string } | null, b: { deviceId: string; startsAt: string } | null): boolean {
  return a !== null && b !== null && a.deviceId === b.deviceId && Date.parse(a.startsAt) === Date.parse(b.startsAt);
}
