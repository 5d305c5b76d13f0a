import { identityFromClaims, type Identity } from "./identity.ts";
import { readShortLivedToken, signShortLivedToken, type TokenKind } from "./short-lived-token.ts";

/**
 * The gateway vouches for the caller to subgraphs with a short-lived token signed by a secret
 * only the gateway and the subgraphs share. A request without it never reaches a resolver.
 *
 * It lives one 60 s hop (see short-lived-token.ts).
 */
export const identityHeader = "x-gantry-identity";
export const requestIdHeader = "x-request-id";

const identityToken: TokenKind = { issuer: "gantry-gateway", audience: "gantry-subgraph", lifetimeSeconds: 60 };

export interface InternalIdentity extends Identity {
  requestId: string;
}

export async function signInternalToken(identity: Identity, requestId: string, secret: string, now = Date.now()): Promise<string> {
  const claims = { sub: identity.subject, name: identity.name, roles: identity.roles, scope: identity.scopes.join(" "), rid: requestId };
  return signShortLivedToken(identityToken, claims, secret, now);
}

/** Returns the identity, or null when the token is missing, forged, expired, too long-lived or meant for someone else. */
export async function verifyInternalToken(token: string | undefined, secret: string, now = Date.now()): Promise<InternalIdentity | null> {
  const payload = readShortLivedToken(identityToken, token, secret, now);
  const identity = payload ? identityFromClaims(payload) : null;
  if (!payload || !identity) return null;
  return { ...identity, requestId: typeof payload.rid === "string" ? payload.rid : "" };
}
