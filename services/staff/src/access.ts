import { hasRole, hasScope, type Identity } from "@gantry/auth/identity";
import type { Role } from "@gantry/auth/roles";
import { requireRole } from "@gantry/subgraph-kit/authorization";
import { forbidden } from "@gantry/subgraph-kit/errors";

/** Every department role reads the staff directory, credentials and shifts (staff data is not PHI). */
export const directoryReaders: readonly Role[] = [
  "scheduler",
  "technologist",
  "radiologist",
  "coordinator",
  "manager",
  "quality_officer",
  "administrator",
];

/** Who changes staff records, credentials, competencies, education and shifts. Schedulers only read. */
export const staffEditors: readonly Role[] = ["coordinator", "manager", "administrator"];

/** Department roles read by role; a third-party integration only with the explicit staff:read grant. */
export function requireDirectoryReader(identity: Identity, operation: string): void {
  if (hasRole(identity, directoryReaders)) return;
  if (hasRole(identity, ["integration"]) && hasScope(identity, "staff:read")) return;
  throw forbidden(`${operation} is limited to department staff (${directoryReaders.join(", ")}) and integrations granted staff:read.`);
}

export function requireStaffEditor(identity: Identity, operation: string): void {
  requireRole(identity, staffEditors, operation);
}
