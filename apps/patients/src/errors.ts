import { GraphQLRequestError } from "@gantry/web-kit/graphql";

export interface FieldProblem {
  field: string;
  message: string;
}

/** The per-field problems a BAD_USER_INPUT error carries in extensions.problems. */
export function problemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  return error.errors.flatMap((entry) => {
    const problems = entry.extensions?.problems;
    if (!Array.isArray(problems)) return [];
    return problems.filter(
      (problem): problem is FieldProblem =>
        typeof problem === "object" &&
        problem !== null &&
        typeof (problem as FieldProblem).field === "string" &&
        typeof (problem as FieldProblem).message === "string",
    );
  });
}

export function errorCode(error: unknown): string | null {
  return error instanceof GraphQLRequestError ? error.code : null;
}
