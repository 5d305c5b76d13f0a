import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import type { Session } from "@gantry/web-kit/session";
import { Alert, Anchor, Text } from "@mantine/core";
import { Link } from "react-router";

interface Props {
  entry: RemoteManifestEntry;
  session: Session;
  /** Who the area's catalogue lets open it, in words (its `openArea` action's `who`). */
  who: string | null;
}

/** An area the user's roles do not open (e.g. a manager, who has no access to patient details). */
export function NoAccessPage({ entry, session, who }: Props) {
  return (
    <Alert color="yellow" title={`You do not have access to ${entry.title}`} role="alert">
      <Text size="sm">
        {who ? `${entry.title} is open to ${who}.` : `${entry.title} is not open to your roles.`} You are signed in as {session.displayName}{" "}
        ({session.roles.join(", ")}). If you need it for your work, ask an administrator to grant you a role that includes it.
      </Text>
      <Anchor component={Link} to="/" size="sm">
        Back to the start page
      </Anchor>
    </Alert>
  );
}
