import { GraphQLError } from "graphql";
import { ErrorCode } from "@gantry/subgraph-kit/errors";

/** Which limit a refused document broke; clients and logs branch on `extensions.reason`. */
export type QueryLimitReason = "MAX_TOKENS" | "MAX_DIRECTIVES" | "MAX_ALIASES" | "MAX_FIELD_REPEATS";

const reasons = new Set<string>(["MAX_TOKENS", "MAX_DIRECTIVES", "MAX_ALIASES", "MAX_FIELD_REPEATS"]);

/**
 * A document refused for its size or shape: the caller's to fix. Reported as a validation error,
 * which Apollo answers with HTTP 400; `queryLimitAnswer` restores the code.
 */
export function queryLimitError(reason: QueryLimitReason, limit: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, reason, limit } });
}

// graphql-js's own wording for `parse(…, { maxTokens })` (16.x spells it "more that"); it throws a
// plain syntax error, so the wording is all there is to recognise it by.
const tokenLimitMessage = /^Syntax Error: Document contains more th[ae][nt] (\d+) tokens\. Parsing aborted\.$/;

interface Formatted {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The answer for a refused document, or undefined for any other error. Apollo rewraps the
 * refusal (as a parse or validation failure), so the limit is read back from what it kept.
 */
export function queryLimitAnswer(formatted: Formatted): { message: string; extensions: Record<string, unknown> } | undefined {
  const tokens = tokenLimitMessage.exec(formatted.message);
  if (tokens && formatted.extensions?.code === "GRAPHQL_PARSE_FAILED") {
    const limit = Number(tokens[1]);
    return {
      message: `The query has more than ${limit} tokens; shorten it or split it into several requests.`,
      extensions: { code: ErrorCode.BadUserInput, reason: "MAX_TOKENS", limit },
    };
  }
  const reason = formatted.extensions?.reason;
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return undefined;
  if (typeof reason !== "string" || !reasons.has(reason) || typeof formatted.extensions?.limit !== "number") return undefined;
  return { message: formatted.message, extensions: { code: ErrorCode.BadUserInput, reason, limit: formatted.extensions.limit } };
}
