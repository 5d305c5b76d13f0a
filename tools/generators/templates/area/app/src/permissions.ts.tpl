import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { {{area.pascal}}PermissionsQuery } from "./operations/permissions.ts";

/**
 * What the signed-in person may do in the {{area.words}} area, as the API's permission catalogue
 * says (`{{area.camel}}Permissions`): the screens hide what the API would refuse, from the same rules.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  {{note.addAction}}: boolean;
}

export function use{{area.pascal}}Permissions(session: Session): Permissions {
  // Until the answer arrives every action is hidden: showing one the API then refuses is worse.
  const answer = useGraphQLQuery(["{{area.kebab}}", "permissions", session.username], {{area.pascal}}PermissionsQuery, {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const allowed = new Set(answer.data?.{{area.camel}}Permissions.filter((entry) => entry.allowed).map((entry) => entry.action));
    return { known: answer.data !== undefined, {{note.addAction}}: allowed.has("{{note.addAction}}") };
  }, [answer.data]);
}
