/** Roles of the domain brief. A person holds one or more; a third-party tool holds `integration`. */
export const roles = [
  "scheduler",
  "technologist",
  "radiologist",
  "coordinator",
  "manager",
  "quality_officer",
  "administrator",
  "integration",
] as const;
export type Role = (typeof roles)[number];

/** Everyone who works in the department, i.e. every role but a third-party tool's. */
export const departmentRoles: readonly Role[] = roles.filter((role) => role !== "integration");

/**
 * Scopes gate data rather than operations: `phi:read` / `phi:write` for protected health
 * information, `audit:read` for the PHI access log, `staff:read` for the staff directory (the
 * department's own roles read it by role; an integration needs this explicit grant).
 */
export const scopes = ["phi:read", "phi:write", "audit:read", "staff:read"] as const;
export type Scope = (typeof scopes)[number];

/** What each role is granted by default. Integrations get no PHI unless their credentials grant it. */
export const scopesByRole: Record<Role, readonly Scope[]> = {
  scheduler: ["phi:read", "phi:write"],
  technologist: ["phi:read", "phi:write"],
  // Radiologists write clinical data: triage and protocols, report times, critical results.
  radiologist: ["phi:read", "phi:write"],
  coordinator: ["phi:read", "phi:write"],
  manager: ["audit:read"],
  quality_officer: ["phi:read", "audit:read"],
  administrator: ["audit:read"],
  integration: [],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function isScope(value: unknown): value is Scope {
  return typeof value === "string" && (scopes as readonly string[]).includes(value);
}
