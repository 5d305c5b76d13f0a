import type { Role, Scope } from "./roles.ts";

/**
 * Access as data (after Medplum's access policies): each area keeps one catalogue of its actions,
 * each naming who may perform it. The server enforces the catalogue with one check, and the
 * area's screens ask the API what the signed-in person may do, so the two can never drift.
 */

/** One way to be allowed: holding one of the roles (and, when listed, every one of the scopes). */
export interface Grant {
  roles: readonly Role[];
  scopes?: readonly Scope[];
}

export interface Permission {
  /** What the action is, in the department's words. */
  description: string;
  /** Any one grant suffices. */
  grants: readonly Grant[];
}

export type PermissionCatalogue = Readonly<Record<string, Permission>>;

/** Who is asking: roles and scopes, as every identity carries them. */
export interface Holder {
  roles: readonly string[];
  scopes: readonly string[];
}

/** Keeps the catalogue's action names as a type, so a typo in a check is a compile error. */
export function definePermissions<const Catalogue extends PermissionCatalogue>(catalogue: Catalogue): Catalogue {
  return catalogue;
}

/** A permission with one grant: these roles (optionally needing scopes too). */
export function allow(description: string, roles: readonly Role[], scopes?: readonly Scope[]): Permission {
  return { description, grants: [scopes ? { roles, scopes } : { roles }] };
}

export function isPermitted(holder: Holder, permission: Permission): boolean {
  return permission.grants.some(
    (grant) =>
      grant.roles.some((role) => holder.roles.includes(role)) && (grant.scopes ?? []).every((scope) => holder.scopes.includes(scope)),
  );
}

/** Who may, in words: "coordinator, manager or administrator; integration with staff:read". */
export function describeGrants(permission: Permission): string {
  return permission.grants
    .map((grant) => {
      const roles =
        grant.roles.length > 1 ? `${grant.roles.slice(0, -1).join(", ")} or ${grant.roles.at(-1)}` : (grant.roles[0] ?? "nobody");
      return grant.scopes?.length ? `${roles} with ${grant.scopes.join(" and ")}` : roles;
    })
    .join("; ");
}

/** Every action of the catalogue with whether the holder may perform it. */
export function permittedActions<Catalogue extends PermissionCatalogue>(
  holder: Holder,
  catalogue: Catalogue,
): { action: keyof Catalogue & string; description: string; allowed: boolean }[] {
  return Object.entries(catalogue).map(([action, permission]) => ({
    action,
    description: permission.description,
    allowed: isPermitted(holder, permission),
  }));
}
