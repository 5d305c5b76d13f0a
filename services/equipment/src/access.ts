import { hasRole, type Identity } from "@gantry/auth/identity";
import type { Role } from "@gantry/auth/roles";
import { requireRole } from "@gantry/subgraph-kit/authorization";
import { forbidden } from "@gantry/subgraph-kit/errors";

/** Every department role reads devices, maintenance, contracts, stock and the disinfection log (not PHI). */
export const equipmentReaders: readonly Role[] = [
  "scheduler",
  "technologist",
  "radiologist",
  "coordinator",
  "manager",
  "quality_officer",
  "administrator",
];

/** Who registers devices, schedules maintenance, keeps contracts, sets up items, receives and adjusts stock. */
export const equipmentManagers: readonly Role[] = ["coordinator", "administrator"];

/** Who records what happens at the scanner: stock used or wasted, probe use, disinfections. */
export const floorRecorders: readonly Role[] = ["technologist", "coordinator", "administrator"];

export function requireEquipmentReader(identity: Identity, operation: string): void {
  if (hasRole(identity, equipmentReaders)) return;
  throw forbidden(`${operation} is limited to department staff (${equipmentReaders.join(", ")}).`);
}

export function requireEquipmentManager(identity: Identity, operation: string): void {
  requireRole(identity, equipmentManagers, operation);
}

export function requireFloorRecorder(identity: Identity, operation: string): void {
  requireRole(identity, floorRecorders, operation);
}
