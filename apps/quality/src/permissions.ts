import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { QualityPermissionsQuery } from "./operations/permissions.ts";

/**
 * What the signed-in person may do in the Quality area, as the API's permission catalogue
 * says (`qualityPermissions`): the screens hide what the API would refuse, from the same rules.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Setting KPI targets (quality officers, the imaging manager). */
  setTargets: boolean;
}

export function useQualityPermissions(session: Session): Permissions {
  // Until the answer arrives every action is hidden: showing one the API then refuses is worse.
  const answer = useGraphQLQuery(["quality", "permissions", session.username], QualityPermissionsQuery, {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const allowed = new Set(answer.data?.qualityPermissions.filter((entry) => entry.allowed).map((entry) => entry.action));
    return { known: answer.data !== undefined, setTargets: allowed.has("setKpiTargets") };
  }, [answer.data]);
}
