import type { Identity } from "@gantry/auth/identity";
import type { AccessPurpose } from "@gantry/subgraph-kit/phi-access";
import type { ServiceCall } from "./service-calls.ts";

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  purpose: AccessPurpose;
  /** Signed once per request and reused for each subgraph call. */
  internalToken?: Promise<string>;
  /** Set when an area asks on behalf of `identity` (its request id then joins the caller's). */
  serviceCall?: ServiceCall;
}
