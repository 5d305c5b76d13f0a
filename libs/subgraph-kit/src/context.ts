import type { InternalIdentity } from "@gantry/auth/internal-token";
import type { Logger } from "@gantry/logging/logger";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AreaClient } from "./area-client.ts";
import type { EventPublisher } from "./events/event-publisher.ts";
import type { AccessPurpose, PhiReadRecorder } from "./phi-access.ts";

/** What every resolver of every subgraph gets; a service adds its loaders and managers on top. */
export interface SubgraphContext {
  requestId: string;
  identity: InternalIdentity;
  purpose: AccessPurpose;
  /** Forked for this request only: its identity map and unit of work die with the request. */
  em: EntityManager;
  logger: Logger;
  phiReads: PhiReadRecorder;
  /** Asks other areas through the gateway, as this request's caller. */
  areas: AreaClient;
  /** Publishes domain events to other areas, inside the manager's transaction (transactional outbox). */
  events: EventPublisher;
}
