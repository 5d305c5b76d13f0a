import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EventType } from "./event-type.ts";
import { deliverEventTask, deliveryJobKey, subscribersOf, type EventRouting } from "./event-routing.ts";

/**
 * Publishes domain events through the transactional outbox: the event row, one delivery row per
 * subscriber and one job per delivery are written with the request's EntityManager inside the
 * transaction of the change. The event exists exactly when the change committed; a rollback
 * leaves neither.
 */
export class EventPublisher {
  private readonly em: EntityManager;
  private readonly routing: EventRouting;

  constructor(em: EntityManager, routing: EventRouting) {
    this.em = em;
    this.routing = routing;
  }

  /** Returns the event's id. Must be called inside the manager's transaction (`em.begin()` … `em.commit()`). */
  async publish<TPayload>(event: EventType<TPayload>, payload: TPayload): Promise<string> {
    // Outside a transaction the event could commit without its change, or the other way round.
    if (!this.em.isInTransaction()) throw new Error(`${event.type} must be published inside the transaction of the change.`);
    const body = event.payload.parse(payload);
    const id = randomUUID();
    await this.em.execute(`insert into event_outbox (id, type, producer, payload) values (?, ?, ?, ?::jsonb)`, [
      id,
      event.type,
      this.routing.producer,
      JSON.stringify(body),
    ]);
    for (const subscriber of subscribersOf(this.routing)) {
      await this.em.execute(`insert into event_delivery (event_id, subscriber) values (?, ?)`, [id, subscriber]);
      await this.em.execute(
        `select 1 from graphile_worker.add_job(?, json_build_object('eventId', ?::text, 'subscriber', ?::text), job_key => ?, max_attempts => ?)`,
        [deliverEventTask, id, subscriber, deliveryJobKey(id, subscriber), this.routing.maxAttempts],
      );
    }
    return id;
  }
}
