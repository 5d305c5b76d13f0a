import type { Identity } from "@gantry/auth/identity";
import { requirePermission } from "@gantry/subgraph-kit/authorization";
import { staffPermissions, type StaffAction } from "./permissions.ts";

/** The one check of the staff area: the catalogue's rule for `action`, FORBIDDEN otherwise. */
export function requireStaffPermission(identity: Identity, action: StaffAction, operation: string): void {
  requirePermission(identity, staffPermissions[action], operation);
}

/** Department roles read by role; a third-party integration only with the explicit staff:read grant. */
export function requireDirectoryReader(identity: Identity, operation: string): void {
  requireStaffPermission(identity, "readDirectory", operation);
}
