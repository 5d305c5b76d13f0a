import { Alert } from "@mantine/core";
import { describeSchedulingError } from "../errors.ts";

/** What went wrong with a write, in the department's words, where the form is. */
export function FailureAlert({ title, error, testId }: { title: string; error: unknown; testId?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert" data-testid={testId ?? "scheduling-failure"}>
      {describeSchedulingError(error)}
    </Alert>
  );
}
