import { useAllowedActions } from "@gantry/web-kit/permissions";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { PatientsPermissionsQuery } from "./operations/permissions.ts";

/**
 * What the signed-in person may do in the Patients area, as the API's permission catalogue says
 * (`patientsPermissions`): the screens hide what the API would refuse, from the same rules, so
 * nobody fills in a form for nothing and nobody is denied a screen the API allows.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Why the API could not be asked, when it could not (screens say so instead of refusing). */
  error: string | null;
  /** Looking patients up and reading their records (a reader's role with phi:read). */
  readPatients: boolean;
  /** Registering patients and editing their details. */
  editPatients: boolean;
  /** Merging a duplicate record into the surviving one. */
  mergePatients: boolean;
  /** Adding, editing and verifying coverage. */
  keepCoverage: boolean;
  /** Requesting prior authorizations and recording the payer's decision. */
  requestPriorAuthorizations: boolean;
  /** Requesting prior studies from other facilities. */
  requestPriorStudies: boolean;
  /** Recording and amending safety screenings. */
  recordScreening: boolean;
  /** Recording and revoking consents. */
  recordConsent: boolean;
}

export function usePatientsPermissions(session: Session): Permissions {
  const actions = useAllowedActions("patients", session, PatientsPermissionsQuery, (data) => data.patientsPermissions);
  return useMemo(
    () => ({
      known: actions.known,
      error: actions.error,
      readPatients: actions.allows("lookUpPatients"),
      editPatients: actions.allows("registerAndEditPatients"),
      mergePatients: actions.allows("mergePatients"),
      keepCoverage: actions.allows("keepCoverage"),
      requestPriorAuthorizations: actions.allows("requestPriorAuthorizations"),
      requestPriorStudies: actions.allows("requestPriorStudies"),
      recordScreening: actions.allows("recordScreening"),
      recordConsent: actions.allows("recordConsent"),
    }),
    [actions],
  );
}
