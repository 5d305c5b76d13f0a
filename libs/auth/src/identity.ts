import { isRole, isScope, scopesByRole, type Role, type Scope } from "./roles.ts";

/** Who is calling, as every service sees it once the gateway has verified the caller. */
export interface Identity {
  /** Stable subject id from the identity provider. */
  subject: string;
  /** Display name for audit trails. */
  name: string;
  roles: Role[];
  scopes: Scope[];
}

/** Builds an identity from token claims, keeping only known roles and scopes. */
export function identityFromClaims(claims: { sub?: unknown; name?: unknown; roles?: unknown; scope?: unknown }): Identity | null {
  if (typeof claims.sub !== "string" || claims.sub.length === 0) return null;
  const claimedRoles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  if (claimedRoles.length === 0) return null;
  const explicitScopes = typeof claims.scope === "string" ? claims.scope.split(" ").filter(isScope) : [];
  const granted = new Set<Scope>(explicitScopes);
  for (const role of claimedRoles) for (const scope of scopesByRole[role]) granted.add(scope);
  return {
    subject: claims.sub,
    name: typeof claims.name === "string" ? claims.name : claims.sub,
    roles: claimedRoles,
    scopes: [...granted].sort(),
  };
}

export function hasRole(identity: Identity, allowed: readonly Role[]): boolean {
  return identity.roles.some((role) => allowed.includes(role));
}

export function hasScope(identity: Identity, scope: Scope): boolean {
  return identity.scopes.includes(scope);
}
