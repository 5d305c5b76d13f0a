import type { z } from "zod";
import { badUserInput } from "./errors.ts";

/**
 * Validates a mutation's input against its rules before anything is written; every broken rule
 * is reported at once with the field it concerns.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = "input"): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ");
  throw badUserInput(`Invalid ${root}: ${summary}`, problems);
}
