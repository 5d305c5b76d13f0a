import { useGraphQLQuery } from "@gantry/web-kit/graphql";
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
  /** Assigning, swapping and cancelling shifts and marking on-call. */
  assignShifts: boolean;
  /** Adding and renewing credentials and recording their verification. */
  editCredentials: boolean;
}

export function useStaffPermissions(session: Session): Permissions {
  // Until the answer arrives every action is hidden: showing one the API then refuses is worse.
  const answer = useGraphQLQuery(["staff", "permissions", session.username], StaffPermissionsQuery, {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const allowed = new Set(answer.data?.staffPermissions.filter((entry) => entry.allowed).map((entry) => entry.action));
    return { known: answer.data !== undefined, assignShifts: allowed.has("manageShifts"), editCredentials: allowed.has("keepCredentials") };
  }, [answer.data]);
}
