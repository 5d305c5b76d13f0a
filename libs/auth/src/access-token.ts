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

/** Verifies a caller's bearer token (signature, issuer, audience, expiry) and maps it to an identity. */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const rolesClaim = options.rolesClaim ?? "roles";
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
      });
      return identityFromClaims({
        sub: payload.sub,
        name: payload.name ?? payload.preferred_username,
        roles: readClaim(payload, rolesClaim),
        scope: payload.scope,
      });
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
