import { describeError } from "@gantry/web-kit/graphql";
import type { UseFormReturnType } from "@mantine/form";
import { errorCode, problemsOf } from "./errors.ts";

/**
 * Puts the server's BAD_USER_INPUT problems on the form fields they name (`input.payer` -> payer;
 * nested paths through `aliases`, e.g. `period.start` -> periodStart) and returns the sentence to
 * show above the form.
 */
export function showServerProblems<Values extends object>(
  form: UseFormReturnType<Values>,
  error: unknown,
  aliases: Record<string, keyof Values & string> = {},
): string {
  if (errorCode(error) !== "BAD_USER_INPUT") return describeError(error);
  const unplaced: string[] = [];
  for (const problem of problemsOf(error)) {
    const path = problem.field.split(".").slice(1).join(".");
    const field = aliases[path] ?? (path in form.values ? path : null);
    if (field) form.setFieldError(field, problem.message);
    else unplaced.push(`${problem.field}: ${problem.message}`);
  }
  return unplaced.length > 0 ? unplaced.join(" ") : "Correct the highlighted fields.";
}
