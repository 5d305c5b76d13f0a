import type { AreaComponent, RemoteManifestEntry } from "@gantry/web-kit/area";
import type { Session } from "@gantry/web-kit/session";
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, useMemo, useState } from "react";
import { loadArea } from "../remote-loader.ts";
import { AreaErrorBoundary } from "./area-error-boundary.tsx";

interface Props {
  entry: RemoteManifestEntry;
  session: Session;
}

/** Mounts an area's remote under /<area>/*, with its own loading state and error boundary. */
export function AreaRoute({ entry, session }: Props) {
  const [attempt, setAttempt] = useState(0);
  // A new lazy component per attempt, so "Try again" fetches the remote anew.
  const Area = useMemo(
    () => lazy(async (): Promise<{ default: AreaComponent }> => ({ default: await loadArea(entry) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- attempt is the retry trigger
    [entry.area, entry.url, attempt],
  );
  return (
    <AreaErrorBoundary key={entry.area} title={entry.title} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense
        fallback={
          <Center py="xl" aria-label={`Loading ${entry.title}`}>
            <Loader />
          </Center>
        }
      >
        <Area session={session} basePath={`/${entry.area}`} />
      </Suspense>
    </AreaErrorBoundary>
  );
}
