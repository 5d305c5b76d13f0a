import { Alert, Center, Loader } from "@mantine/core";
// The package name, not a relative path: a remote must get the shared copy of the GraphQL module.
import { describeError } from "@gantry/web-kit/graphql";

/** Loading and error states every screen of every area shows the same way. */
export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" aria-busy="true" aria-label={label}>
      <Loader />
    </Center>
  );
}

export function ErrorAlert({ error, title = "Could not load" }: { error: unknown; title?: string }) {
  return (
    <Alert color="red" title={title} role="alert" data-testid="query-error">
      {describeError(error)}
    </Alert>
  );
}
