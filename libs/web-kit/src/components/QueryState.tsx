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

/**
 * What a screen that depends on a permission shows before it can decide: a loader while the API
 * is asked, the reason when it could not be asked (never a false "you may not"), else nothing.
 */
export function PermissionsPending({ permissions }: { permissions: { known: boolean; error: string | null } }) {
  if (!permissions.known) return <Loading label="Checking what you may do…" />;
  if (permissions.error)
    return (
      <Alert color="red" title="Could not check what you may do" role="alert" data-testid="permissions-error">
        {permissions.error}
      </Alert>
    );
  return null;
}

/** True once the screen may decide from the permissions (answered, and without error). */
export function permissionsSettled(permissions: { known: boolean; error: string | null }): boolean {
  return permissions.known && permissions.error === null;
}
