import type { Identity } from "@gantry/auth/identity";
import { requirePermission } from "@gantry/subgraph-kit/authorization";
import { schedulingPermissions, type SchedulingAction } from "./permissions.ts";

/** The one check of the scheduling area: the catalogue's rule for `action`, FORBIDDEN otherwise. */
export function requireSchedulingPermission(identity: Identity, action: SchedulingAction, operation: string): void {
  requirePermission(identity, schedulingPermissions[action], operation);
}
