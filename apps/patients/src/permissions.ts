import { hasRole, hasScope, type Session } from "@gantry/web-kit/session";

/**
 * What the signed-in person may see and do here. The API enforces the same rules; the UI only
 * hides actions that would be refused, so nobody fills in a form for nothing.
 */
export interface Permissions {
  /** phi:read: patient details are visible at all. */
  readPatients: boolean;
  /** Register, edit and merge records (front desk: scheduler, coordinator, with phi:write). */
  editPatients: boolean;
  /** Coverage, prior authorizations, consent and study requests (front desk and support). */
  editAdministrative: boolean;
  /** Safety screening is taken by the technologist before the exam. */
  recordScreening: boolean;
  /** Consent: the front desk, or the technologist taking contrast consent at the scanner. */
  recordConsent: boolean;
}

export function permissionsFor(session: Session): Permissions {
  const write = hasScope(session, "phi:write");
  return {
    readPatients: hasScope(session, "phi:read"),
    editPatients: write && hasRole(session, "scheduler", "coordinator"),
    editAdministrative: write && hasRole(session, "scheduler", "coordinator"),
    recordScreening: write && hasRole(session, "technologist"),
    recordConsent: write && hasRole(session, "scheduler", "coordinator", "technologist"),
  };
}
