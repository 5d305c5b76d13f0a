import { describe, expect, it } from "vitest";
import { boardStatus, lanesOf, type BoardEntry } from "./board-lanes.ts";

const at = (minutes: number) => new Date(Date.parse("2026-12-01T10:00:00Z") + minutes * 60_000).toISOString();
const now = Date.parse("2026-12-01T10:00:00Z");
const entry = (stage: string, extra: Partial<BoardEntry> = {}): BoardEntry => ({
  id: `${stage}-${Math.random()}`,
  stage,
  startsAt: at(-10),
  endsAt: at(20),
  order: { priority: "ROUTINE" },
  ...extra,
});

describe("the tracking board", () => {
  it("puts STAT first in every lane, then the earliest", () => {
    const routine = entry("CHECKED_IN", { startsAt: at(-30) });
    const stat = entry("ARRIVED", { startsAt: at(15), order: { priority: "STAT" } });
    const lanes = lanesOf([routine, stat, entry("BOOKED"), entry("FINAL"), entry("NO_SHOW")]);
    expect(lanes.waiting.map((item) => item.id)).toEqual([stat.id, routine.id]);
    expect(lanes.expected).toHaveLength(1);
    expect(lanes.done).toHaveLength(1);
  });

  it("flags a wait past 30 minutes, an exam past its booked end and a patient not arrived after the start", () => {
    expect(boardStatus(entry("ARRIVED", { arrivedAt: at(-31) }), now).alert).toBe("Long wait");
    expect(boardStatus(entry("ARRIVED", { arrivedAt: at(-29) }), now).alert).toBeNull();
    expect(boardStatus(entry("IN_PROGRESS", { examStartedAt: at(-40), endsAt: at(-1) }), now)).toMatchObject({
      minutes: 40,
      alert: "Running late",
    });
    expect(boardStatus(entry("BOOKED", { startsAt: at(-5) }), now)).toMatchObject({ minutes: 5, alert: "Not arrived" });
    expect(boardStatus(entry("BOOKED", { startsAt: at(5) }), now).alert).toBeNull();
  });
});
