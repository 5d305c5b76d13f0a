import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** What a subgraph call resolves to (the gateway's own response type is not exported). */
export type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/** An area (subgraph) that did not answer: its part of the answer is missing, the rest stands. */
export const areaUnavailableCode = "AREA_UNAVAILABLE";

/** Why an area's part is missing, in `extensions.reason`. */
type UnavailableReason = "TIMEOUT" | "UNREACHABLE" | "BAD_RESPONSE";

/** Thrown by the fetcher when a call never got an HTTP answer (refused, reset, timed out). */
export class SubgraphUnreachable extends Error {
  constructor(cause: unknown) {
    super("subgraph call failed", { cause });
  }
}

// Errors the gateway made itself keep their message as made here. A subgraph's own
// AREA_UNAVAILABLE (a rule that could not ask another area, so nothing was written) is one of
// the kit's public codes and passes the shared masking like FORBIDDEN does.
const madeHere = new WeakSet<object>();

function unavailable(area: string, reason: UnavailableReason, timeoutMs: number): SubgraphResponse {
  const message =
    reason === "TIMEOUT"
      ? `The ${area} area did not answer within ${timeoutMs} ms; its part of this answer is missing.`
      : `The ${area} area is not answering; its part of this answer is missing.`;
  const error: GraphQLFormattedError = { message, extensions: { code: areaUnavailableCode, area, reason } };
  madeHere.add(error);
  return { errors: [error] };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === "TimeoutError";
}

function graphQLErrorsIn(body: unknown): SubgraphResponse | undefined {
  if (typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors)) return undefined;
  const data = "data" in body ? (body.data as SubgraphResponse["data"]) : undefined;
  return { data, errors: body.errors as GraphQLFormattedError[] };
}

/**
 * Turns a failed subgraph call into that subgraph's answer, so the gateway keeps the other
 * areas' data: a non-2xx answer that carries GraphQL errors (a 400 for a variable the subgraph
 * refused) passes those errors on; no answer, a timeout or a body that is not GraphQL names the
 * area. Anything else (a bug in the gateway) is rethrown and masked as internal.
 */
export function answerForFailedCall(area: string, error: unknown, timeoutMs: number): SubgraphResponse {
  if (error instanceof SubgraphUnreachable) return unavailable(area, isTimeout(error.cause) ? "TIMEOUT" : "UNREACHABLE", timeoutMs);
  // The timeout also covers reading the body, which happens outside the fetcher.
  if (isTimeout(error)) return unavailable(area, "TIMEOUT", timeoutMs);
  if (error instanceof GraphQLError && typeof error.extensions.response === "object") {
    const response = error.extensions.response as { body?: unknown };
    return graphQLErrorsIn(response.body) ?? unavailable(area, "BAD_RESPONSE", timeoutMs);
  }
  // A 2xx answer whose body is not JSON (a proxy's error page) fails to parse.
  if (error instanceof SyntaxError || (error instanceof Error && error.message.startsWith("Expected JSON response body"))) {
    return unavailable(area, "BAD_RESPONSE", timeoutMs);
  }
  throw error;
}

/** The area error as the caller sees it, or undefined when the error is not one the gateway made. */
export function areaUnavailableAnswer(error: unknown): { message: string; extensions: Record<string, unknown> } | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (!original || !madeHere.has(original)) return undefined;
  const { message, extensions } = original as GraphQLFormattedError;
  return { message, extensions: { ...extensions } };
}
