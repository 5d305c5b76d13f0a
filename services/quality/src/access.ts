import type { Identity } from "@gantry/auth/identity";
import { requirePermission } from "@gantry/subgraph-kit/authorization";
import { qualityPermissions, type QualityAction } from "./permissions.ts";

/** The one check of the quality area: the catalogue's rule for `action`, FORBIDDEN otherwise. */
export function requireQualityPermission(identity: Identity, action: QualityAction, operation: string): void {
  requirePermission(identity, qualityPermissions[action], operation);
}
