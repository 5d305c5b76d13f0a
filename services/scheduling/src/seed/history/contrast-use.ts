import { dateIn } from "@gantry/calendar/calendar";
import { historyRow, type BookingRows } from "./booking-outcome.ts";
import type { PlannedBooking } from "./booking-plan.ts";
import type { ContrastMovement } from "./department-sources.ts";

/** The inventory item a procedure's agent comes from: same substance, same strength when the agent names one. */
function itemFor(agent: string, items: readonly string[]): string | null {
  const [substance = ""] = agent.toLowerCase().split(/[\s(]/);
  const candidates = items.filter((item) => item.toLowerCase().startsWith(substance));
  return candidates.find((item) => agent.includes(item.split(" ").at(-1) ?? "")) ?? candidates[0] ?? null;
}

/**
 * Contrast given on the exams that take it, from the equipment area's own record of what left
 * stock: each of a day's "used" movements of an item covers that many of the day's exams with that
 * agent, one unit each, soonest first. So every contrast recorded on an exam points at a real
 * movement of its item, and no movement covers more units than it took from stock; exams the day's
 * movements do not cover are left without (the technologist would record them).
 */
export function recordContrastUse(
  outcomes: BookingRows[],
  bookings: readonly PlannedBooking[],
  movements: readonly ContrastMovement[],
  timeZone: string,
): number {
  const items = [...new Set(movements.map((movement) => movement.item))];
  const left = new Map<string, { movement: ContrastMovement; units: number }[]>();
  for (const movement of [...movements].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const key = `${movement.item}|${dateIn(movement.occurredAt, timeZone)}`;
    left.set(key, [...(left.get(key) ?? []), { movement, units: movement.units }]);
  }
  const order = outcomes
    .map((_, index) => index)
    .sort((a, b) => String(outcomes[a]?.appointment.exam_started_at).localeCompare(String(outcomes[b]?.appointment.exam_started_at)));
  let recorded = 0;
  for (const index of order) {
    const outcome = outcomes[index] as BookingRows;
    const booking = bookings[index] as PlannedBooking;
    const started = outcome.appointment.exam_started_at;
    const agent = booking.procedure.contrastAgent;
    if (typeof started !== "string" || booking.procedure.contrast === "none" || !agent) continue;
    const item = itemFor(agent, items);
    const pool = item ? left.get(`${item}|${dateIn(started, timeZone)}`) : undefined;
    const source = pool?.find((candidate) => candidate.units > 0);
    if (!source || !item) continue;
    source.units -= 1;
    const at = new Date(Date.parse(started) + 2 * 60_000).toISOString();
    const technologist = String(outcome.appointment.exam_started_by ?? booking.technologist.name);
    Object.assign(outcome.appointment, {
      contrast_agent: item,
      contrast_lot_id: source.movement.lotId,
      contrast_quantity: 1,
      contrast_stock_movement_id: source.movement.movementId,
      contrast_recorded_at: at,
      contrast_recorded_by: technologist,
    });
    outcome.history.push(
      historyRow(String(outcome.appointment.id), {
        at: new Date(at),
        actor: technologist,
        action: "contrast-given",
        from: "checked-in",
        to: "checked-in",
      }),
    );
    outcome.history.sort((a, b) => String(a.at).localeCompare(String(b.at)));
    recorded += 1;
  }
  return recorded;
}
