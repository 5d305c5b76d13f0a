import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { identityFromClaims, type Identity } from "./identity.ts";

export interface AccessTokenVerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  /** Dot path to the claim holding Gantry role names, e.g. `roles` or `realm_access.roles`. */
  rolesClaim?: string;
}

export type AccessTokenVerifier = (token: string) => Promise<Identity | null>;

function readClaim(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** How long a verified token is trusted without checking its signature again. */
const rememberMs = 60_000;
const rememberedTokens = 10_000;

/**
 * Verifies a caller's bearer token (signature, issuer, audience, expiry) and maps it to an identity.
 * A verified token is remembered until it expires, for at most a minute (so rotated keys take
 * effect quickly): a signature check per request was a large share of the gateway's CPU.
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions, now: () => number = Date.now): AccessTokenVerifier {
  const rolesClaim = options.rolesClaim ?? "roles";
  const remembered = new Map<string, { identity: Identity; until: number }>();
  return async (token) => {
    const known = remembered.get(token);
    if (known && known.until > now()) return known.identity;
    remembered.delete(token);
    try {
      const { payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        currentDate: new Date(now()),
      });
      const identity = identityFromClaims({
        sub: payload.sub,
        name: payload.name ?? payload.preferred_username,
        roles: readClaim(payload, rolesClaim),
        scope: payload.scope,
      });
      if (identity && typeof payload.exp === "number") {
        if (remembered.size >= rememberedTokens) remembered.delete(remembered.keys().next().value as string);
        remembered.set(token, { identity, until: Math.min(payload.exp * 1000, now() + rememberMs) });
      }
      return identity;
    } catch {
      return null;
    }
  };
}

export function localKeys(jwks: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl));
}
