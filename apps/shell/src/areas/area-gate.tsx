import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import { ErrorPanel } from "@gantry/web-kit/components/ErrorPanel";
import type { Session } from "@gantry/web-kit/session";
import { Center, Loader } from "@mantine/core";
import type { AreaAccess } from "../area-access.ts";
import { AreaRoute } from "./area-route.tsx";
import { NoAccessPage } from "./no-access-page.tsx";

interface Props {
  entry: RemoteManifestEntry;
  session: Session;
  access: AreaAccess;
  onRetry: () => void;
}

/** What /<area>/* shows: the area once its catalogue opens it to the user, else why not. */
export function AreaGate({ entry, session, access, onRetry }: Props) {
  switch (access.state) {
    case "checking":
      return (
        <Center py="xl" role="status" aria-label={`Checking access to ${entry.title}`}>
          <Loader />
        </Center>
      );
    case "open":
      return <AreaRoute entry={entry} session={session} />;
    case "closed":
      return <NoAccessPage entry={entry} session={session} who={access.who} />;
    case "unavailable":
      return (
        <ErrorPanel
          title={`${entry.title} is unavailable`}
          message={`${access.reason} Gantry could not check whether you may open ${entry.title}; the rest of Gantry keeps working.`}
          onRetry={onRetry}
        />
      );
  }
}
