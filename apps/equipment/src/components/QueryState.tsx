import { Alert, Center, Loader } from "@mantine/core";
import { describeError } from "@gantry/web-kit/graphql";

/** Loading and error states every screen shows the same way. */
export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" aria-busy="true" aria-label={label}>
      <Loader />
    </Center>
  );
}

export function ErrorAlert({ error, title = "Could not load" }: { error: unknown; title?: string }) {
  return (
    <Alert color="red" title={title} role="alert" data-testid="equipment-error">
      {describeError(error)}
    </Alert>
  );
}
