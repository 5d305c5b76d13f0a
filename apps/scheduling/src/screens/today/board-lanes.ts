/** The board's lanes and what each entry shows, from its stage and stamps: pure, so tested without a browser. */
export interface BoardEntry {
  id: string;
  stage: string;
  startsAt: string;
  endsAt: string;
  arrivedAt?: string | null;
  checkedInAt?: string | null;
  examStartedAt?: string | null;
  order: { priority: string };
}

export type Lane = "expected" | "waiting" | "in-room" | "done";

export const laneTitles: Record<Lane, string> = {
  expected: "Expected",
  waiting: "Waiting",
  "in-room": "In the room",
  done: "Done",
};

/** A wait longer than this is highlighted (arrival to exam start). */
export const longWaitMinutes = 30;

const laneOfStage: Record<string, Lane> = {
  BOOKED: "expected",
  ARRIVED: "waiting",
  CHECKED_IN: "waiting",
  IN_PROGRESS: "in-room",
  COMPLETED: "done",
  DISCONTINUED: "done",
  PRELIMINARY: "done",
  FINAL: "done",
  DISTRIBUTED: "done",
};

const minutesSince = (instant: string, now: number) => Math.max(0, Math.floor((now - Date.parse(instant)) / 60_000));

/** Since when the entry is in its current state, and whether that needs someone's attention. */
export function boardStatus(entry: BoardEntry, now: number): { since: string | null; minutes: number | null; alert: string | null } {
  switch (entry.stage) {
    case "BOOKED": {
      const late = Date.parse(entry.startsAt) < now;
      return { since: null, minutes: late ? minutesSince(entry.startsAt, now) : null, alert: late ? "Not arrived" : null };
    }
    case "ARRIVED":
    case "CHECKED_IN": {
      const since = entry.checkedInAt ?? entry.arrivedAt ?? null;
      const waited = entry.arrivedAt ? minutesSince(entry.arrivedAt, now) : null;
      return {
        since,
        minutes: since ? minutesSince(since, now) : null,
        alert: waited !== null && waited > longWaitMinutes ? "Long wait" : null,
      };
    }
    case "IN_PROGRESS": {
      const since = entry.examStartedAt ?? null;
      return { since, minutes: since ? minutesSince(since, now) : null, alert: Date.parse(entry.endsAt) < now ? "Running late" : null };
    }
    default:
      return { since: null, minutes: null, alert: null };
  }
}

const urgency: Record<string, number> = { STAT: 0, ASAP: 1, URGENT: 2, ROUTINE: 3 };

/** Entries by lane, STAT first, then by time. */
export function lanesOf<T extends BoardEntry>(entries: readonly T[]): Record<Lane, T[]> {
  const lanes: Record<Lane, T[]> = { expected: [], waiting: [], "in-room": [], done: [] };
  for (const entry of entries) {
    const lane = laneOfStage[entry.stage];
    if (lane) lanes[lane].push(entry);
  }
  for (const lane of Object.values(lanes))
    lane.sort((a, b) => (urgency[a.order.priority] ?? 3) - (urgency[b.order.priority] ?? 3) || a.startsAt.localeCompare(b.startsAt));
  return lanes;
}
