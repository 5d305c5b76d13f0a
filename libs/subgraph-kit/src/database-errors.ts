import type { GraphQLError } from "graphql";
import { conflict } from "./errors.ts";

/**
 * PostgreSQL SQLSTATE codes of constraint violations a service may want to explain to the caller.
 * MikroORM turns some into typed exceptions, but not all (an exclusion violation stays a plain
 * DriverException), so services match on the SQLSTATE the driver keeps on the error.
 */
export const SqlState = {
  UniqueViolation: "23505",
  ForeignKeyViolation: "23503",
  CheckViolation: "23514",
  ExclusionViolation: "23P01",
} as const;
export type SqlState = (typeof SqlState)[keyof typeof SqlState];

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
}

/** The SQLSTATE of a database error (as thrown by MikroORM or pg), if it carries one. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as DatabaseErrorFields).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** The name of the constraint a database error broke, if PostgreSQL reported it. */
export function constraintOf(error: unknown): string | undefined {
  const constraint = typeof error === "object" && error !== null ? (error as DatabaseErrorFields).constraint : undefined;
  return typeof constraint === "string" ? constraint : undefined;
}

export interface ViolationMessage {
  sqlState: SqlState;
  /** Only this constraint; any constraint of that kind when omitted. */
  constraint?: string;
  message: string;
}

/**
 * Runs a write and turns the listed constraint violations into a CONFLICT error with a message in
 * the department's words; any other error passes through unchanged (and is masked as internal).
 * The database stays the judge, which is what makes rules hold under concurrency.
 */
export async function conflictOnViolation<T>(work: () => Promise<T>, violations: readonly ViolationMessage[]): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const translated = violationToConflict(error, violations);
    if (translated) throw translated;
    throw error;
  }
}

/** The CONFLICT error for a listed violation, or null when the error is something else. */
export function violationToConflict(error: unknown, violations: readonly ViolationMessage[]): GraphQLError | null {
  const state = sqlStateOf(error);
  if (!state) return null;
  const constraint = constraintOf(error);
  const match = violations.find(
    (violation) => violation.sqlState === state && (!violation.constraint || violation.constraint === constraint),
  );
  return match ? conflict(match.message) : null;
}

/**
 * PostgreSQL's "data exception" class (22xxx): a value the database cannot take — text with a
 * NUL byte, a date out of range, a malformed uuid. Input rules should refuse these first; this
 * is the net under them, so such a request is the caller's error (and nothing was written: the
 * statement failed), never an internal one.
 */
export function isDataException(error: unknown): boolean {
  return sqlStateOf(error)?.startsWith("22") ?? false;
}
