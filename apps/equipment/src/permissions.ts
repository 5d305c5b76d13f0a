import { hasRole, type Session } from "@gantry/web-kit/session";

/**
 * What the signed-in person may do in the Equipment area. The API enforces access itself; the UI hides
 * actions that would be refused, so nobody fills in a form for nothing.
 */
export interface Permissions {
  /** Scheduling and completing maintenance, receiving stock: coordinators and administrators. */
  manageEquipment: boolean;
  /** What happens at the scanner (stock used, disinfections logged): technologists too. */
  recordFloorWork: boolean;
}

export function permissionsFor(session: Session): Permissions {
  return {
    manageEquipment: hasRole(session, "coordinator", "administrator"),
    recordFloorWork: hasRole(session, "technologist", "coordinator", "administrator"),
  };
}
