import { Alert, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
// The package name, not a relative path: a remote must get the shared copy, or instanceof fails.
import { describeError, GraphQLRequestError } from "@gantry/web-kit/graphql";

export interface ErrorPanelProps {
  title: string;
  /** Described with describeError when no message is given. */
  error?: unknown;
  message?: ReactNode;
  onRetry?: () => void;
}

/** A failure shown where the content would be, in words the user can act on. */
export function ErrorPanel({ title, error, message, onRetry }: ErrorPanelProps) {
  const forbidden = error instanceof GraphQLRequestError && error.code === "FORBIDDEN";
  return (
    <Alert color={forbidden ? "yellow" : "red"} title={title} role="alert" variant="light">
      <Text size="sm">{message ?? describeError(error)}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color={forbidden ? "yellow" : "red"} onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
