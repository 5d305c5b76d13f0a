import { hasRole, hasScope, type Identity } from "@gantry/auth/identity";
import { describeGrants, isPermitted, permittedActions, type Permission, type PermissionCatalogue } from "@gantry/auth/permissions";
import type { Role, Scope } from "@gantry/auth/roles";
import { forbidden } from "./errors.ts";

/** Each operation names the roles that may call it; everyone else gets FORBIDDEN. */
export function requireRole(identity: Identity, allowed: readonly Role[], operation: string): void {
  if (!hasRole(identity, allowed)) {
    throw forbidden(`${operation} is limited to: ${allowed.join(", ")}.`);
  }
}

/** PHI and the audit log are gated by scope, whatever the role. */
export function requireScope(identity: Identity, scope: Scope, what: string): void {
  if (!hasScope(identity, scope)) {
    throw forbidden(`Reading ${what} needs the ${scope} scope, which your account does not have.`);
  }
}

/** The one check of an area's permission catalogue: FORBIDDEN, saying who may, for everyone else. */
export function requirePermission(identity: Identity, permission: Permission, operation: string): void {
  if (!isPermitted(identity, permission)) throw forbidden(`${operation} is limited to: ${describeGrants(permission)}.`);
}

/** The resolver of an area's `<area>Permissions` field: its catalogue as it applies to the caller, and who may, in words. */
export function permissionsOfCaller(catalogue: PermissionCatalogue) {
  const who = new Map(Object.entries(catalogue).map(([action, permission]) => [action, describeGrants(permission)]));
  return (_root: unknown, _args: unknown, context: { identity: Identity }) =>
    permittedActions(context.identity, catalogue).map((entry) => ({ ...entry, who: who.get(entry.action) ?? "nobody" }));
}
