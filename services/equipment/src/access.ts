import type { Identity } from "@gantry/auth/identity";
import { requirePermission } from "@gantry/subgraph-kit/authorization";
import { equipmentPermissions, type EquipmentAction } from "./permissions.ts";

/** The one check of the equipment area: the catalogue's rule for `action`, FORBIDDEN otherwise. */
export function requireEquipmentPermission(identity: Identity, action: EquipmentAction, operation: string): void {
  requirePermission(identity, equipmentPermissions[action], operation);
}
