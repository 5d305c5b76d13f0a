import { z } from "zod";
import { requireRole } from "../authorization.ts";
import type { SubgraphContext } from "../context.ts";
import { pageRequest, toPage, type Page } from "../pagination.ts";
import { parseInput } from "../validation.ts";
import { deliverEventTask } from "./event-routing.ts";

export type EventDeliveryStatus = "PENDING" | "DELIVERED" | "FAILED";

/** One event of this area on its way to one subscribing area, as the admin screen shows it. */
export interface EventDeliveryView {
  eventId: string;
  eventType: string;
  occurredAt: Date;
  subscriber: string;
  status: EventDeliveryStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
  /** When the job runner tries again (pending deliveries only). */
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
}

const statusArgument = z.enum(["PENDING", "DELIVERED", "FAILED"]);

/** Raw queries hand timestamps back as text or as dates, depending on the driver's parsers. */
type Timestamp = Date | string;

interface DeliveryRow {
  event_id: string;
  type: string;
  occurred_at: Timestamp;
  subscriber: string;
  status: string;
  attempts: number;
  last_error: string | null;
  last_attempt_at: Timestamp | null;
  next_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  total: string;
}

function instant(value: Timestamp): Date;
function instant(value: Timestamp | null): Date | null;
function instant(value: Timestamp | null): Date | null {
  return value === null ? null : new Date(value);
}

/**
 * `<area>EventDeliveries(status, first, after)`: what this area's events are waiting for or
 * were given up on, oldest first, for administrators. Each area names the field after itself
 * (its deliveries are its own), with the kit's shared SDL types (README).
 */
export async function eventDeliveries(
  args: { status: unknown; first?: number | null; after?: string | null },
  context: SubgraphContext,
): Promise<Page<EventDeliveryView>> {
  requireRole(context.identity, ["administrator"], "Viewing event deliveries");
  const status = parseInput(statusArgument, args.status, "status");
  const page = pageRequest(args);
  // graphile-worker's public `jobs` view tells when a pending delivery is tried next. While an
  // attempt runs (the job is locked) its run_at is still this attempt's: there is no next time yet.
  const rows = await context.em.execute<DeliveryRow[]>(
    `select d.event_id, e.type, e.occurred_at, d.subscriber, d.status, d.attempts, d.last_error, d.last_attempt_at,
            d.delivered_at, case when j.locked_at is null then j.run_at end as next_attempt_at, count(*) over () as total
     from event_delivery d
     join event_outbox e on e.id = d.event_id
     left join graphile_worker.jobs j
       on d.status = 'pending' and j.task_identifier = ? and j.key = 'gantry-event:' || d.event_id || ':' || d.subscriber
     where d.status = ?
     order by e.occurred_at, d.event_id, d.subscriber
     limit ? offset ?`,
    [deliverEventTask, status.toLowerCase(), page.limit, page.offset],
  );
  const nodes = rows.map(
    (row): EventDeliveryView => ({
      eventId: row.event_id,
      eventType: row.type,
      occurredAt: instant(row.occurred_at),
      subscriber: row.subscriber,
      status: row.status.toUpperCase() as EventDeliveryStatus,
      attempts: row.attempts,
      lastError: row.last_error,
      lastAttemptAt: instant(row.last_attempt_at),
      nextAttemptAt: instant(row.next_attempt_at),
      deliveredAt: instant(row.delivered_at),
    }),
  );
  // Past the last row the window count is gone: count again only then.
  const total = rows[0] ? Number(rows[0].total) : await countDeliveries(context, status.toLowerCase());
  return toPage(nodes, total, page);
}

async function countDeliveries(context: SubgraphContext, status: string): Promise<number> {
  const [row] = await context.em.execute<{ total: string }[]>(`select count(*) as total from event_delivery where status = ?`, [status]);
  return Number(row?.total ?? 0);
}
