import { hasRole, type Session } from "@gantry/web-kit/session";

/**
 * What the signed-in person may do in the Staff area. The API enforces access itself; the UI hides
 * actions that would be refused, so nobody fills in a form for nothing.
 */
export interface Permissions {
  /** Shift assignment is the coordinators' job; schedulers and everyone else see the roster read-only. */
  assignShifts: boolean;
  /** Adding and renewing credentials and recording their verification: coordinators and the imaging manager. */
  editCredentials: boolean;
}

export function permissionsFor(session: Session): Permissions {
  return {
    assignShifts: hasRole(session, "coordinator"),
    editCredentials: hasRole(session, "coordinator", "manager"),
  };
}
