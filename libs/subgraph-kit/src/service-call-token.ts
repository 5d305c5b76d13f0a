import { identityFromClaims, type Identity } from "@gantry/auth/identity";
import { readShortLivedToken, signShortLivedToken, type TokenKind } from "@gantry/auth/short-lived-token";

/**
 * A subgraph asking the gateway for another area's data, on behalf of the person whose request it
 * is serving, signs this token with the internal secret: it names the asking area and carries
 * the caller exactly as the gateway vouched for them. Issuer and audience differ from the
 * gateway's identity tokens, so neither can be passed off as the other.
 */
export const serviceCallHeader = "x-gantry-service-call";

/** A question to another area takes seconds; the token lives just long enough for one. */
const serviceCallToken: TokenKind = { issuer: "gantry-subgraph", audience: "gantry-gateway", lifetimeSeconds: 30 };
const areaName = /^[a-z][a-z0-9-]{0,22}$/;
/** Marks a request id the gateway gave a service call (see `serviceCallRequestId`). */
const hopMarker = "-via-";

export interface ServiceCallClaims {
  /** The person the asking area is serving, as the gateway signed them to it. */
  caller: Identity;
  /** The area (subgraph name) that asks. */
  area: string;
  /** The request id the gateway gave the caller's request, for joining logs. */
  requestId: string;
}

export function signServiceCallToken(claims: ServiceCallClaims, secret: string, now = Date.now()): string {
  if (!areaName.test(claims.area)) throw new Error(`"${claims.area}" is not an area name`);
  const { caller } = claims;
  return signShortLivedToken(
    serviceCallToken,
    {
      sub: caller.subject,
      name: caller.name,
      roles: caller.roles,
      scope: caller.scopes.join(" "),
      act: { sub: claims.area },
      rid: claims.requestId,
    },
    secret,
    now,
  );
}

/** The claims, or null when the token is forged, expired, minted to last, or meant for someone else. */
export function verifyServiceCallToken(token: string | undefined, secret: string, now = Date.now()): ServiceCallClaims | null {
  const payload = readShortLivedToken(serviceCallToken, token, secret, now);
  if (!payload) return null;
  const act = payload.act as { sub?: unknown } | undefined;
  const area = typeof act?.sub === "string" && areaName.test(act.sub) ? act.sub : null;
  const caller = identityFromClaims(payload);
  if (!area || !caller || typeof payload.rid !== "string" || payload.rid.length === 0) return null;
  return { caller, area, requestId: payload.rid };
}

/**
 * The request id the gateway gives a service call: the caller's own, then the asking area. Logs
 * of both hops join on it, and an area serving it knows it may not ask further (one hop).
 */
export function serviceCallRequestId(requestId: string, area: string): string {
  return `${requestId}${hopMarker}${area}`;
}

export function isServiceCallRequest(requestId: string): boolean {
  return requestId.includes(hopMarker);
}
