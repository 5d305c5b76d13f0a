import type { Identity } from "@gantry/auth/identity";
import type { AccessPurpose } from "@gantry/subgraph-kit/phi-access";

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  purpose: AccessPurpose;
  /** Signed once per request and reused for each subgraph call. */
  internalToken?: Promise<string>;
}
