import { useQuery } from "@tanstack/react-query";
import { Route, Routes } from "react-router";
import { AreaGate } from "./areas/area-gate.tsx";
import { AppFrame } from "./frame/app-frame.tsx";
import { listedAreas } from "./listed-areas.ts";
import { fetchManifest, manifestQueryKey } from "@gantry/web-kit/manifest";
import { HomePage } from "./screens/home-page.tsx";
import { LoginPage } from "./screens/login-page.tsx";
import { NotFoundPage } from "./screens/not-found-page.tsx";
import { useAreasAccess } from "./use-area-access.ts";
import { useSession } from "./use-session.ts";

export function App() {
  const session = useSession();
  const manifest = useQuery({ queryKey: manifestQueryKey, queryFn: fetchManifest, enabled: session !== null, retry: 1 });
  const access = useAreasAccess(session, manifest.data);
  // Signing in keeps the URL, so a deep link opens once the user is known.
  if (!session) return <LoginPage />;
  const entries = manifest.data ?? [];
  const listed = listedAreas(entries, access.of);
  const checking = manifest.error === null && (manifest.isPending || access.checking);
  const problem = manifest.error ? manifest.error.message : access.problem;
  return (
    <AppFrame session={session} areas={listed} checking={checking} problem={problem}>
      <Routes>
        <Route path="/" element={<HomePage session={session} areas={listed} loading={checking} />} />
        {entries.map((entry) => (
          <Route
            key={entry.area}
            path={`/${entry.area}/*`}
            element={<AreaGate entry={entry} session={session} access={access.of(entry.area)} onRetry={access.retry} />}
          />
        ))}
        <Route path="*" element={manifest.isPending ? null : <NotFoundPage />} />
      </Routes>
    </AppFrame>
  );
}
