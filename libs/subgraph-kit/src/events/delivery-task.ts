import type { JobHelpers, Task } from "graphile-worker";
import { z } from "zod";
import { signDeliveryToken } from "./delivery-token.ts";
import type { EventRouting } from "./event-routing.ts";
import type { EventEnvelope } from "./event-type.ts";

const jobPayload = z.object({ eventId: z.uuid(), subscriber: z.string().min(1) });
const consumerAnswer = z.object({ outcome: z.enum(["applied", "duplicate", "ignored"]) });
/** A consumer that neither answers nor fails within this long is tried again later. */
const requestTimeoutMs = 15_000;

/** A failure that trying again cannot fix (the consumer refused the event itself): the delivery fails at once. */
class RefusedDelivery extends Error {}

async function loadEnvelope(helpers: JobHelpers, eventId: string): Promise<EventEnvelope> {
  const { rows } = await helpers.query<{ id: string; type: string; producer: string; occurred_at: Date | string; payload: unknown }>(
    `select id, type, producer, occurred_at, payload from event_outbox where id = $1`,
    [eventId],
  );
  const row = rows[0];
  if (!row) throw new RefusedDelivery(`event ${eventId} is not in the outbox`);
  return { id: row.id, type: row.type, producer: row.producer, occurredAt: new Date(row.occurred_at).toISOString(), payload: row.payload };
}

async function post(url: string, envelope: EventEnvelope, token: string, helpers: JobHelpers): Promise<string> {
  const response = await fetch(`${url}/events`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(envelope),
    signal: AbortSignal.any([helpers.abortSignal, AbortSignal.timeout(requestTimeoutMs)]),
  });
  const text = await response.text();
  const problem = `answered HTTP ${response.status}: ${text.slice(0, 300)}`;
  // 400/422: the consumer cannot read this event, and never will. Anything else (down, 5xx, 401 while secrets rotate) may pass later.
  if (response.status === 400 || response.status === 422) throw new RefusedDelivery(problem);
  if (!response.ok) throw new Error(problem);
  const answer = consumerAnswer.safeParse(JSON.parse(text));
  if (!answer.success) throw new Error(`answered without an outcome: ${text.slice(0, 300)}`);
  return answer.data.outcome;
}

/**
 * The job runner's task: sends one event to one subscribing area and records how it went. A
 * failure is recorded, then thrown, so that graphile-worker tries again with exponential backoff
 * until the job's attempts run out; the last failed attempt marks the delivery failed.
 */
export function deliveryTask(routing: EventRouting, secret: string): Task {
  return async (rawPayload, helpers) => {
    const { eventId, subscriber } = jobPayload.parse(rawPayload);
    const attempt = helpers.job.attempts;
    try {
      const url = routing.subscribers[subscriber];
      if (!url) throw new Error(`no URL is configured for subscriber ${subscriber}`);
      const envelope = await loadEnvelope(helpers, eventId);
      const token = signDeliveryToken({ producer: routing.producer, consumer: subscriber, eventId }, secret);
      const outcome = await post(url, envelope, token, helpers);
      await helpers.query(
        `update event_delivery set status = 'delivered', outcome = $3, attempts = $4, last_attempt_at = now(), delivered_at = now()
         where event_id = $1 and subscriber = $2`,
        [eventId, subscriber, outcome, attempt],
      );
    } catch (error) {
      const refused = error instanceof RefusedDelivery;
      const message =
        error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}` : String(error);
      const failed = refused || attempt >= helpers.job.max_attempts;
      await helpers.query(
        `update event_delivery set status = $3, attempts = $4, last_error = $5, last_attempt_at = now() where event_id = $1 and subscriber = $2`,
        [eventId, subscriber, failed ? "failed" : "pending", attempt, message],
      );
      helpers.logger.warn(`delivery of event ${eventId} to ${subscriber} failed (attempt ${attempt}): ${message}`);
      // A refused event completes its job: trying again cannot help, and the delivery row says it failed.
      if (!refused) throw error;
    }
  };
}
