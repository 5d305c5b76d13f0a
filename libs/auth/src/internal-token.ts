import { jwtVerify, SignJWT } from "jose";
import { identityFromClaims, type Identity } from "./identity.ts";

/**
 * The gateway vouches for the caller to subgraphs with a short-lived token signed by a secret
 * only the gateway and the subgraphs share. A request without it never reaches a resolver.
 */
export const identityHeader = "x-gantry-identity";
export const requestIdHeader = "x-request-id";

const issuer = "gantry-gateway";
const audience = "gantry-subgraph";
const lifetimeSeconds = 60;

export interface InternalIdentity extends Identity {
  requestId: string;
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signInternalToken(identity: Identity, requestId: string, secret: string): Promise<string> {
  return new SignJWT({
    name: identity.name,
    roles: identity.roles,
    scope: identity.scopes.join(" "),
    rid: requestId,
  })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(key(secret));
}

/** Returns the identity, or null when the token is missing, forged, expired or meant for someone else. */
export async function verifyInternalToken(token: string | undefined, secret: string): Promise<InternalIdentity | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer, audience, algorithms: ["HS256"] });
    const identity = identityFromClaims(payload);
    if (!identity) return null;
    return { ...identity, requestId: typeof payload.rid === "string" ? payload.rid : "" };
  } catch {
    return null;
  }
}
