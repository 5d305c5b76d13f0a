import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The short-lived HS256 JWTs Gantry's own processes give each other (gateway → subgraph identity,
 * subgraph → gateway service calls), signed and checked with node:crypto directly: they are made
 * and verified on every call, and WebCrypto's per-call overhead showed up in profiles.
 */
export interface TokenKind {
  issuer: string;
  audience: string;
  lifetimeSeconds: number;
}

/** Tolerated clock difference between two Gantry hosts. */
const clockSkewSeconds = 5;
const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

function signature(signingInput: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(signingInput).digest();
}

/** Signs `claims` as a token of this kind, issued now. */
export function signShortLivedToken(kind: TokenKind, claims: Record<string, unknown>, secret: string, now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  const payload = Buffer.from(
    JSON.stringify({ ...claims, iss: kind.issuer, aud: kind.audience, iat: issuedAt, exp: issuedAt + kind.lifetimeSeconds }),
  ).toString("base64url");
  const signingInput = `${header}.${payload}`;
  return `${signingInput}.${signature(signingInput, secret).toString("base64url")}`;
}

/**
 * The claims of a token of this kind, or null when it is missing, forged, expired, meant for
 * another audience, or claims a longer life than this kind is ever minted with (a replayed or
 * home-made token).
 */
export function readShortLivedToken(
  kind: TokenKind,
  token: string | undefined,
  secret: string,
  now = Date.now(),
): Record<string, unknown> | null {
  if (!token) return null;
  const [encodedHeader, encodedPayload, encodedSignature, ...rest] = token.split(".");
  if (encodedHeader !== header || !encodedPayload || !encodedSignature || rest.length > 0) return null;
  const expected = signature(`${encodedHeader}.${encodedPayload}`, secret);
  const given = Buffer.from(encodedSignature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encodedPayload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof payload !== "object" || payload === null) return null;
  const claims = payload as Record<string, unknown>;
  if (claims.iss !== kind.issuer || claims.aud !== kind.audience) return null;
  const { iat, exp } = claims;
  if (typeof exp !== "number" || typeof iat !== "number") return null;
  const seconds = Math.floor(now / 1000);
  if (exp + clockSkewSeconds < seconds || iat - clockSkewSeconds > seconds) return null;
  if (exp - iat > kind.lifetimeSeconds + clockSkewSeconds || exp > seconds + kind.lifetimeSeconds + clockSkewSeconds) return null;
  return claims;
}
