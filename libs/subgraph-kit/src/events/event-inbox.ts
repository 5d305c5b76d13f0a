import type { RouteHandler, RouteResponse } from "@gantry/http-server/server";
import type { Logger } from "@gantry/logging/logger";
import type { MikroORM } from "@mikro-orm/postgresql";
import { z } from "zod";
import { bearerToken, verifyDeliveryToken } from "./delivery-token.ts";
import type { EventHandler } from "./event-handler.ts";

export const eventsPath = "/events";

const envelope = z.object({
  id: z.uuid(),
  type: z.string().min(1).max(100),
  producer: z.string().min(1).max(50),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});

function answer(status: number, body: Record<string, unknown>): RouteResponse {
  return { status, body };
}

/**
 * `POST /events` on every subgraph: where other areas deliver their events. Only a delivery
 * token signed with the internal secret for this area and this event is accepted. The event's
 * id goes into the inbox in the same transaction as the handler's changes, so an event
 * delivered twice (the producer delivers at least once) is applied once: the second delivery
 * finds the id and answers `duplicate`. Types this area does not handle are answered `ignored`.
 */
export function eventInboxRoute(options: {
  area: string;
  internalSecret: string;
  orm: MikroORM;
  handlers: readonly EventHandler[];
  logger: Logger;
}): RouteHandler {
  const handlers = new Map(options.handlers.map((handler) => [handler.event.type, handler]));
  return async ({ req, body, requestId }) => {
    if (req.method !== "POST") return answer(405, { message: "Deliver events with POST." });
    const claims = verifyDeliveryToken(bearerToken(req.headers.authorization), options.area, options.internalSecret);
    if (!claims) return answer(401, { message: "Only a Gantry area with a delivery token for this area may deliver events here." });
    const parsed = envelope.safeParse(body);
    if (!parsed.success) return answer(400, { message: "The body is not an event envelope." });
    const event = parsed.data;
    // The token, not the body, says who sent which event.
    if (claims.eventId !== event.id || claims.producer !== event.producer)
      return answer(401, { message: "The delivery token was issued for another event." });
    const handler = handlers.get(event.type);
    if (!handler) return answer(200, { outcome: "ignored" });
    const payload = handler.event.payload.safeParse(event.payload);
    if (!payload.success) return answer(422, { message: `The payload is not a valid ${event.type}.` });

    const logger = options.logger.child({ requestId, eventId: event.id, eventType: event.type, producer: event.producer });
    try {
      const outcome = await options.orm.em.fork().transactional(async (em) => {
        // Concurrent deliveries of one event wait here for each other; the loser finds the id and applies nothing.
        const recorded = await em.execute<{ event_id: string }[]>(
          `insert into event_inbox (event_id, producer, type) values (?, ?, ?) on conflict (event_id) do nothing returning event_id`,
          [event.id, event.producer, event.type],
        );
        if (recorded.length === 0) return "duplicate";
        await handler.apply(payload.data, { em, event, logger });
        return "applied";
      });
      return answer(200, { outcome });
    } catch (error) {
      logger.error({ err: error }, "event handler failed");
      // The producer tries again later; what went wrong stays in this area's log.
      return answer(500, { message: "The event could not be applied; it will be delivered again." });
    }
  };
}
