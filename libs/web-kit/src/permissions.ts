import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useMemo } from "react";
// The package names, not relative paths: a remote must get the shell's shared copies (its session, its cache).
import { describeError, useGraphQLQuery } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";

/** One entry of an area's `<area>Permissions` answer. */
export interface PermissionEntry {
  action: string;
  allowed: boolean;
}

export interface AllowedActions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Set when the question failed (e.g. the area is not answering): screens say so instead of refusing. */
  error: string | null;
  allows(action: string): boolean;
}

/**
 * What the signed-in person may do in an area, as the API's permission catalogue says: the
 * screens hide what the API would refuse, from the same rules. Until the answer arrives every
 * action is hidden — showing one the API then refuses is worse.
 */
export function useAllowedActions<TResult>(
  area: string,
  session: Session,
  query: TypedDocumentNode<TResult, Record<string, never>>,
  entriesOf: (data: TResult) => readonly PermissionEntry[],
): AllowedActions {
  const answer = useGraphQLQuery([area, "permissions", session.username], query, {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const allowed = new Set(answer.data ? entriesOf(answer.data).flatMap((entry) => (entry.allowed ? [entry.action] : [])) : []);
    // A refused sign-in ends the session and the shell asks to sign in again: keep waiting until it does.
    const failed = answer.isError && answer.error.code !== "UNAUTHENTICATED";
    const error = failed ? `Gantry could not check what you may do here: ${describeError(answer.error)}` : null;
    return { known: answer.data !== undefined || error !== null, error, allows: (action) => allowed.has(action) };
    // entriesOf is a stable selector per area.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer.data, answer.isError, answer.error]);
}
