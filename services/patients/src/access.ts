import type { Identity } from "@gantry/auth/identity";
import { isPermitted } from "@gantry/auth/permissions";
import { forbidden } from "@gantry/subgraph-kit/errors";
import { patientsPermissions, type PatientsAction } from "./permissions.ts";

/**
 * The one check of the patients area: the catalogue's rule for `action`, FORBIDDEN otherwise.
 * Unlike the kit's `requirePermission` it says which half is missing — the role, or the PHI
 * scope an account with the role lacks — because the front desk acts on that difference
 * (ask for another role, or for the scope on this account) and clients match the role wording.
 */
export function requirePatientsPermission(identity: Identity, action: PatientsAction, operation: string): void {
  const permission = patientsPermissions[action];
  if (isPermitted(identity, permission)) return;
  const held = permission.grants.find((grant) => grant.roles.some((role) => identity.roles.includes(role)));
  if (!held) {
    const allowed = [...new Set(permission.grants.flatMap((grant) => grant.roles))];
    throw forbidden(`${operation} is limited to: ${allowed.join(", ")}.`);
  }
  const missing = (held.scopes ?? []).filter((scope) => !identity.scopes.includes(scope));
  throw forbidden(`${operation} needs the ${missing.join(" and ")} scope, which your account does not have.`);
}
