import { createHmac, timingSafeEqual } from "node:crypto";
import { identityFromClaims, type Identity } from "./identity.ts";

/**
 * The gateway vouches for the caller to subgraphs with a short-lived token signed by a secret
 * only the gateway and the subgraphs share. A request without it never reaches a resolver.
 *
 * The token is a standard HS256 JWT, signed and checked with node:crypto directly: it is made
 * and verified on every subgraph call, and WebCrypto's per-call overhead showed up in profiles.
 */
export const identityHeader = "x-gantry-identity";
export const requestIdHeader = "x-request-id";

const issuer = "gantry-gateway";
const audience = "gantry-subgraph";
const lifetimeSeconds = 60;
/** Tolerated clock difference between the gateway's and a subgraph's host. */
const clockSkewSeconds = 5;
const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

export interface InternalIdentity extends Identity {
  requestId: string;
}

function signature(signingInput: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(signingInput).digest();
}

export async function signInternalToken(identity: Identity, requestId: string, secret: string, now = Date.now()): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  const payload = Buffer.from(
    JSON.stringify({
      sub: identity.subject,
      name: identity.name,
      roles: identity.roles,
      scope: identity.scopes.join(" "),
      rid: requestId,
      iss: issuer,
      aud: audience,
      iat: issuedAt,
      exp: issuedAt + lifetimeSeconds,
    }),
  ).toString("base64url");
  const signingInput = `${header}.${payload}`;
  return `${signingInput}.${signature(signingInput, secret).toString("base64url")}`;
}

/** Returns the identity, or null when the token is missing, forged, expired or meant for someone else. */
export async function verifyInternalToken(token: string | undefined, secret: string, now = Date.now()): Promise<InternalIdentity | null> {
  if (!token) return null;
  const [encodedHeader, encodedPayload, encodedSignature, ...rest] = token.split(".");
  if (encodedHeader !== header || !encodedPayload || !encodedSignature || rest.length > 0) return null;
  const expected = signature(`${encodedHeader}.${encodedPayload}`, secret);
  const given = Buffer.from(encodedSignature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(Buffer.from(encodedPayload, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
  const seconds = Math.floor(now / 1000);
  if (payload.iss !== issuer || payload.aud !== audience) return null;
  if (typeof payload.exp !== "number" || payload.exp + clockSkewSeconds < seconds) return null;
  if (typeof payload.iat !== "number" || payload.iat - clockSkewSeconds > seconds) return null;
  // A token is only ever minted for one 60 s hop: one that claims to live longer, or to stay
  // valid far into the future, was not made by the gateway (or is being replayed) and is refused.
  if (payload.exp - payload.iat > lifetimeSeconds + clockSkewSeconds) return null;
  if (payload.exp > seconds + lifetimeSeconds + clockSkewSeconds) return null;
  const identity = identityFromClaims(payload);
  if (!identity) return null;
  return { ...identity, requestId: typeof payload.rid === "string" ? payload.rid : "" };
}
