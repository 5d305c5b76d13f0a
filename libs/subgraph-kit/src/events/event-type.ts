import type { z } from "zod";

/**
 * One kind of domain event: its name (`<area>.<what happened>`, past tense) and the shape of its
 * payload. The payload is the contract between areas: it carries ids and facts, never PHI (events
 * sit in the producer's outbox and job queue, outside the PHI access log).
 */
export interface EventType<TPayload> {
  type: string;
  payload: z.ZodType<TPayload>;
}

export function defineEvent<TPayload>(type: string, payload: z.ZodType<TPayload>): EventType<TPayload> {
  return { type, payload };
}

/** What travels from the producing area to a subscribing one. */
export interface EventEnvelope {
  id: string;
  type: string;
  /** The area that published it (also named by the delivery token, which is what the consumer trusts). */
  producer: string;
  occurredAt: string;
  payload: unknown;
}
