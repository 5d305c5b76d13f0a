import { describe, expect, it } from "vitest";
import { freeOf, intersect, packSlots, subtract, union, type Period } from "./free-time.ts";

const at = (time: string) => new Date(`2026-12-07T${time}:00Z`);
const period = (from: string, to: string): Period => ({ startsAt: at(from), endsAt: at(to) });
const shown = (periods: Period[]) =>
  periods.map((p) => `${p.startsAt.toISOString().slice(11, 16)}-${p.endsAt.toISOString().slice(11, 16)}`);

describe("free time", () => {
  it("cuts booked, held and down time out of opening hours, overlapping cuts included", () => {
    const open = [period("08:00", "12:00"), period("13:00", "17:00")];
    const taken = [period("09:00", "09:30"), period("09:15", "10:00"), period("11:30", "13:30"), period("16:00", "18:00")];
    expect(shown(subtract(open, taken))).toEqual(["08:00-09:00", "10:00-11:30", "13:30-16:00"]);
  });

  it("packs slots back to back and retries a refused start a step later", () => {
    const busyTechnologist = period("08:30", "08:50");
    const slots = packSlots([period("08:00", "10:00")], 30, {
      notBefore: at("00:00"),
      stepMinutes: 5,
      accept: (slot) => !(slot.startsAt < busyTechnologist.endsAt && slot.endsAt > busyTechnologist.startsAt),
    });
    expect(shown(slots)).toEqual(["08:00-08:30", "08:50-09:20", "09:20-09:50"]);
  });

  it("tells whether a slot is free of sorted busy periods, at their edges too", () => {
    const busy = union([period("09:00", "09:30"), period("10:00", "10:30"), period("13:00", "14:00")]);
    expect(freeOf(busy, period("09:30", "10:00"))).toBe(true);
    expect(freeOf(busy, period("09:15", "09:45"))).toBe(false);
    expect(freeOf(busy, period("10:29", "10:40"))).toBe(false);
    expect(freeOf(busy, period("08:00", "09:00"))).toBe(true);
    expect(freeOf(busy, period("14:00", "15:00"))).toBe(true);
    expect(freeOf(busy, period("12:00", "16:00"))).toBe(false);
    expect(freeOf([], period("12:00", "16:00"))).toBe(true);
  });

  it("stops at the limit, keeping the soonest", () => {
    const slots = packSlots([period("08:00", "10:00"), period("12:00", "14:00")], 30, {
      notBefore: at("00:00"),
      stepMinutes: 5,
      accept: () => true,
      limit: 5,
    });
    expect(shown(slots)).toEqual(["08:00-08:30", "08:30-09:00", "09:00-09:30", "09:30-10:00", "12:00-12:30"]);
  });

  it("offers nothing in the past and nothing that does not fit", () => {
    const slots = packSlots([period("08:00", "09:05")], 30, { notBefore: at("08:07"), stepMinutes: 5, accept: () => true });
    expect(shown(slots)).toEqual(["08:10-08:40"]);
  });

  it("keeps only the free time someone is on shift for, overlapping shifts joined", () => {
    const shifts = [period("07:00", "15:00"), period("11:00", "19:00"), period("20:00", "22:00")];
    expect(shown(union(shifts))).toEqual(["07:00-19:00", "20:00-22:00"]);
    expect(shown(intersect([period("06:00", "09:00"), period("18:00", "21:00")], shifts))).toEqual([
      "07:00-09:00",
      "18:00-19:00",
      "20:00-21:00",
    ]);
  });
});
