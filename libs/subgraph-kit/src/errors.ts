import { GraphQLError } from "graphql";

/** Stable error codes every Gantry API returns in `extensions.code`. Clients branch on these. */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  /** Another area a rule depends on did not answer; nothing was written (`extensions.area` names it). */
  AreaUnavailable: "AREA_UNAVAILABLE",
  /** A department rule stops the action; `extensions.blockers` lists each, with the area that fixes it and whether it may be overridden. */
  Blocked: "BLOCKED",
  Internal: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.birthDate`. */
  field: string;
  message: string;
}

export function badUserInput(message: string, problems: FieldProblem[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, problems } });
}

export function unauthenticated(message = "Sign in to use Gantry: the request carries no valid identity."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} ${id} was not found.`, { extensions: { code: ErrorCode.NotFound, kind, id } });
}

/** The action breaks department rules (each a structured blocker); nothing was written. */
export function blocked(message: string, blockers: readonly object[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Blocked, blockers } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}

const publicCodes = new Set<string>(Object.values(ErrorCode));

/**
 * Errors leave a service with a known code and message, or as a bare internal error:
 * never a stack trace, SQL or driver message.
 */
export function maskError(formatted: {
  message: string;
  extensions?: Record<string, unknown>;
  path?: readonly (string | number)[];
  locations?: unknown;
}): {
  message: string;
  extensions: Record<string, unknown>;
  path?: readonly (string | number)[];
} {
  const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : ErrorCode.Internal;
  const validationCodes = new Set([
    "GRAPHQL_VALIDATION_FAILED",
    "GRAPHQL_PARSE_FAILED",
    "BAD_REQUEST",
    "PERSISTED_QUERY_NOT_FOUND",
    "OPERATION_RESOLUTION_FAILURE",
  ]);
  const path = formatted.path ? { path: formatted.path } : {};
  if (publicCodes.has(code) && code !== ErrorCode.Internal) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, extensions: { ...extensions, code }, ...path };
  }
  if (validationCodes.has(code)) {
    // GraphQL's own input errors (unknown enum value, wrong type) are the caller's to fix.
    const userCode = code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_REQUEST" ? ErrorCode.BadUserInput : code;
    return { message: formatted.message, extensions: { code: userCode, reason: code }, ...path };
  }
  return { message: "Internal server error", extensions: { code: ErrorCode.Internal }, ...path };
}
