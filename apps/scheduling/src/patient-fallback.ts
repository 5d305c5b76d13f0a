import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphqlAnswer, graphqlRequest, GraphQLRequestError, shouldRetry } from "@gantry/web-kit/graphql";
import { useQuery, type QueryKey } from "@tanstack/react-query";
import { onlyPatientFieldsRefused } from "./errors.ts";

/** An answer read with the patient's name when allowed; `full` is null when the patients area refused it. */
export interface WithPatient<TFull, TPlain> {
  data: TPlain;
  full: TFull | null;
}

/**
 * Asks with the patient's name and MRN; when the patients area refuses only those (FORBIDDEN on
 * the patient's fields, which as non-null fields take the whole answer with them), asks again
 * without them, so the screen shows "hidden" instead of failing. One request when allowed.
 */
export async function requestWithPatient<TFull extends TPlain, TPlain, TVariables>(
  full: TypedDocumentNode<TFull, TVariables>,
  plain: TypedDocumentNode<TPlain, TVariables>,
  variables: TVariables,
): Promise<WithPatient<TFull, TPlain>> {
  const answer = await graphqlAnswer(full, variables);
  if (answer.errors.length === 0 && answer.data) return { data: answer.data, full: answer.data };
  if (onlyPatientFieldsRefused(answer.errors)) return { data: await graphqlRequest(plain, variables), full: null };
  const first = answer.errors[0];
  throw new GraphQLRequestError(
    first?.extensions?.code ?? `HTTP_${answer.status}`,
    answer.errors.map((entry) => entry.message),
    answer.errors,
  );
}

export function useQueryWithPatient<TFull extends TPlain, TPlain, TVariables>(
  queryKey: QueryKey,
  full: TypedDocumentNode<TFull, TVariables>,
  plain: TypedDocumentNode<TPlain, TVariables>,
  variables: TVariables,
  options: {
    placeholderData?: (previous: WithPatient<TFull, TPlain> | undefined) => WithPatient<TFull, TPlain> | undefined;
    /** Ask again this often (ms) while the screen is open. */
    refetchInterval?: number;
  } = {},
) {
  return useQuery<WithPatient<TFull, TPlain>, GraphQLRequestError>({
    retry: shouldRetry,
    ...options,
    queryKey: [...queryKey, variables],
    queryFn: () => requestWithPatient(full, plain, variables),
  });
}
