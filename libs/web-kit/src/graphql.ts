import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useMutation, useQuery, type QueryKey, type UseMutationOptions, type UseQueryOptions } from "@tanstack/react-query";
import { print } from "graphql";
import { currentSession, expireSession } from "./session.ts";

/** A failed GraphQL call: `code` is the first error's extensions.code (or NETWORK_ERROR / HTTP_<status>). */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  readonly code: string;
  readonly messages: string[];
  readonly errors: GraphQLErrorEntry[];

  constructor(code: string, messages: string[], errors: GraphQLErrorEntry[] = []) {
    super(messages[0] ?? code);
    this.code = code;
    this.messages = messages;
    this.errors = errors;
  }
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

const printed = new WeakMap<object, string>();
function source(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** What /graphql answered: data, possibly partial (an area that did not answer is missing), and the errors. */
export interface GraphQLAnswer<TResult> {
  data: TResult | null;
  errors: GraphQLErrorEntry[];
  status: number;
}

function failure(errors: GraphQLErrorEntry[]): GraphQLRequestError {
  return new GraphQLRequestError(
    errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
    errors.map((error) => error.message),
    errors,
  );
}

/**
 * Posts a typed operation to /graphql as the signed-in user and returns the answer as it came,
 * a partial one included. Throws GraphQLRequestError only when there is no GraphQL answer
 * (network, HTTP) or the API refused the session (which then ends).
 */
export async function graphqlAnswer<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<GraphQLAnswer<TResult>> {
  const token = currentSession()?.token;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: source(document as TypedDocumentNode<unknown, unknown>), variables: variables ?? {} }),
    });
  } catch {
    throw new GraphQLRequestError("NETWORK_ERROR", ["Gantry is not reachable."]);
  }
  let body: GraphQLResponseBody<TResult>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    throw new GraphQLRequestError(`HTTP_${response.status}`, [`The server answered HTTP ${response.status}.`]);
  }
  const errors = body.errors ?? [];
  if (errors[0]?.extensions?.code === "UNAUTHENTICATED") {
    if (token) expireSession();
    throw failure(errors);
  }
  return { data: body.data ?? null, errors, status: response.status };
}

/** Posts a typed operation to /graphql as the signed-in user; throws GraphQLRequestError on any error. */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const { data, errors, status } = await graphqlAnswer(document, variables);
  if (errors.length > 0) throw failure(errors);
  if (!data) throw new GraphQLRequestError(`HTTP_${status}`, [`The server answered HTTP ${status} without data.`]);
  return data;
}

/** Errors that a retry cannot fix. */
const finalCodes = new Set(["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "GRAPHQL_VALIDATION_FAILED"]);
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof GraphQLRequestError && finalCodes.has(error.code)) return false;
  return failureCount < 2;
}

export type GraphQLQueryOptions<TResult> = Omit<UseQueryOptions<TResult, GraphQLRequestError>, "queryKey" | "queryFn">;

/** react-query over graphqlRequest; the variables join the key so each variant caches apart. */
export function useGraphQLQuery<TResult, TVariables>(
  queryKey: QueryKey,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options?: GraphQLQueryOptions<TResult>,
) {
  return useQuery<TResult, GraphQLRequestError>({
    retry: shouldRetry,
    ...options,
    queryKey: [...queryKey, variables],
    queryFn: () => graphqlRequest(document, variables),
  });
}

export type GraphQLMutationOptions<TResult, TVariables> = Omit<UseMutationOptions<TResult, GraphQLRequestError, TVariables>, "mutationFn">;

export function useGraphQLMutation<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  options?: GraphQLMutationOptions<TResult, TVariables>,
) {
  return useMutation<TResult, GraphQLRequestError, TVariables>({
    ...options,
    mutationFn: (variables) => graphqlRequest(document, variables),
  });
}

/** One sentence a person can act on, for any error a GraphQL call can raise. */
export function describeError(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) {
    return error instanceof Error ? `Something went wrong: ${error.message}` : "Something went wrong.";
  }
  switch (error.code) {
    case "UNAUTHENTICATED":
      return "Your session has ended. Please sign in again.";
    case "FORBIDDEN":
      return `You lack access to this information. ${error.message}`.trim();
    case "BAD_USER_INPUT":
      return error.messages.join(" ");
    case "NOT_FOUND":
      return `Not found: ${error.message}`;
    case "CONFLICT":
      return `This conflicts with existing data: ${error.message}`;
    case "NETWORK_ERROR":
    case "GATEWAY_UNAVAILABLE":
      return "Gantry is not reachable right now. Check your connection and try again.";
    default:
      return `The request failed: ${error.message}`;
  }
}
