import { useQuery } from "@tanstack/react-query";
import { Route, Routes } from "react-router";
import { AreaRoute } from "./areas/area-route.tsx";
import { NoAccessPage } from "./areas/no-access-page.tsx";
import { AppFrame } from "./frame/app-frame.tsx";
import { fetchManifest, mayUse } from "./manifest.ts";
import { HomePage } from "./screens/home-page.tsx";
import { LoginPage } from "./screens/login-page.tsx";
import { NotFoundPage } from "./screens/not-found-page.tsx";
import { useSession } from "./use-session.ts";

export function App() {
  const session = useSession();
  const manifest = useQuery({ queryKey: ["remotes-manifest"], queryFn: fetchManifest, enabled: session !== null, retry: 1 });
  // Signing in keeps the URL, so a deep link opens once the user is known.
  if (!session) return <LoginPage />;
  const entries = manifest.data ?? [];
  const visible = entries.filter((entry) => mayUse(session, entry));
  return (
    <AppFrame session={session} areas={visible} manifestError={manifest.error}>
      <Routes>
        <Route path="/" element={<HomePage session={session} areas={visible} loading={manifest.isPending} />} />
        {entries.map((entry) => (
          <Route
            key={entry.area}
            path={`/${entry.area}/*`}
            element={
              mayUse(session, entry) ? <AreaRoute entry={entry} session={session} /> : <NoAccessPage entry={entry} session={session} />
            }
          />
        ))}
        <Route path="*" element={manifest.isPending ? null : <NotFoundPage />} />
      </Routes>
    </AppFrame>
  );
}
