import { useAllowedActions } from "@gantry/web-kit/permissions";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { SchedulingPermissionsQuery } from "./operations/permissions.ts";

/** The actions of the scheduling catalogue (services/scheduling/src/permissions.ts) the screens use. */
export const schedulingActions = [
  "openArea",
  "readCatalogue",
  "manageCatalogue",
  "readSchedules",
  "manageSchedules",
  "readOrders",
  "placeOrders",
  "triageOrders",
  "overridePriorAuthorization",
  "readAppointments",
  "bookAppointments",
  "overbook",
  "overrideBookingRules",
  "receivePatients",
  "performExams",
  "overrideRulesAtExamStart",
  "trackReports",
  "reportCriticalFindings",
  "communicateCriticalFindings",
  "manageCriticalResultLimits",
] as const;
export type SchedulingAction = (typeof schedulingActions)[number];

/**
 * What the signed-in person may do in the Scheduling area, as the API's permission catalogue says
 * (`schedulingPermissions`): the screens hide what the API would refuse, from the same rules.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Why the API could not be asked, when it could not (screens say so instead of refusing). */
  error: string | null;
  allows(action: SchedulingAction): boolean;
  /** Who may perform an action, in the catalogue's words ("scheduler or coordinator with phi:write"). */
  who(action: SchedulingAction): string;
}

const permissionsKey = (session: Session) => ["scheduling", "permissions", session.username];

export function useSchedulingPermissions(session: Session): Permissions {
  const actions = useAllowedActions("scheduling", session, SchedulingPermissionsQuery, (data) => data.schedulingPermissions);
  // Same key and document as useAllowedActions asks with, so this reads the one cached answer (no second request).
  const answer = useGraphQLQuery(permissionsKey(session), SchedulingPermissionsQuery, {}, { staleTime: 5 * 60_000 });
  const entries = answer.data?.schedulingPermissions;
  return useMemo(() => {
    const who = new Map((entries ?? []).map((entry) => [entry.action, entry.who]));
    return {
      known: actions.known,
      error: actions.error,
      allows: (action) => actions.allows(action),
      who: (action) => who.get(action) ?? "other roles",
    };
  }, [actions, entries]);
}
