import { useAllowedActions } from "@gantry/web-kit/permissions";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { StaffPermissionsQuery } from "./operations/permissions.ts";

/**
 * What the signed-in person may do in the Staff area, as the API's permission catalogue says
 * (`staffPermissions`): the screens hide what the API would refuse, from the same rules, so
 * nobody fills in a form for nothing and nobody is denied a screen the API allows.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Why the API could not be asked, when it could not (screens say so instead of refusing). */
  error: string | null;
  /** Assigning, swapping and cancelling shifts and marking on-call. */
  assignShifts: boolean;
  /** Adding and renewing credentials and recording their verification. */
  editCredentials: boolean;
  /** Linking a person's sign-in account to their staff record. */
  linkSignIn: boolean;
}

export function useStaffPermissions(session: Session): Permissions {
  const actions = useAllowedActions("staff", session, StaffPermissionsQuery, (data) => data.staffPermissions);
  return useMemo(
    () => ({
      known: actions.known,
      error: actions.error,
      assignShifts: actions.allows("manageShifts"),
      editCredentials: actions.allows("keepCredentials"),
      linkSignIn: actions.allows("linkSignInAccount"),
    }),
    [actions],
  );
}
