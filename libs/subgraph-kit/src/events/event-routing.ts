/** Who publishes, and where its events go: fixed at the service's start from its settings. */
export interface EventRouting {
  /** This area's name (the subgraph's name). */
  producer: string;
  /** Each subscribing area's subgraph URL, by area name; the producer posts to `<url>/events`. */
  subscribers: Readonly<Record<string, string>>;
  /** Deliveries tried this many times (with exponential backoff) before they count as failed. */
  maxAttempts: number;
}

/** graphile-worker's default: with its backoff (e^attempt s, capped at e^10 ≈ 6 h) about three days of trying. */
export const defaultMaxAttempts = 25;

/** The job runner's task that delivers one event to one subscriber. */
export const deliverEventTask = "gantry_deliver_event";

/** One job per event and subscriber; the key finds it again (next attempt) and keeps it unique. */
export function deliveryJobKey(eventId: string, subscriber: string): string {
  return `gantry-event:${eventId}:${subscriber}`;
}

/** The areas an event is delivered to: every configured subscriber but the producer itself. */
export function subscribersOf(routing: EventRouting): string[] {
  return Object.keys(routing.subscribers)
    .filter((area) => area !== routing.producer)
    .sort();
}
