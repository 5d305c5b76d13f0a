import type { Logger } from "@gantry/logging/logger";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EventEnvelope, EventType } from "./event-type.ts";

/** What a consumer's handler gets besides the payload. */
export interface EventHandlerContext {
  /** In the transaction that also records the event as applied: the handler's changes commit with it or not at all. */
  em: EntityManager;
  event: EventEnvelope;
  logger: Logger;
}

/** A consumer's declaration that it handles one event type, and how. */
export interface EventHandler {
  event: EventType<unknown>;
  apply(payload: unknown, context: EventHandlerContext): Promise<void>;
}

/** Declares a handler; its payload is validated against the event type before `apply` runs. */
export function onEvent<TPayload>(
  event: EventType<TPayload>,
  apply: (payload: TPayload, context: EventHandlerContext) => Promise<void>,
): EventHandler {
  return { event: event as EventType<unknown>, apply: (payload, context) => apply(payload as TPayload, context) };
}
