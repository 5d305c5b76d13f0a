import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Session } from "../session.ts";

export interface AreaContextValue<TPermissions> {
  session: Session;
  /** What the signed-in user may do in this area (the API enforces it regardless). */
  permissions: TPermissions;
  /** Absolute path the area is mounted at, e.g. /patients. */
  basePath: string;
  /** Absolute link to a path inside the area. */
  link: (path?: string) => string;
}

/**
 * Each area's own React context: the session and base path the shell passed in, plus what the
 * user may do there. One per remote, so it need not be a shared module.
 */
export function createAreaContext<TPermissions>(
  areaTitle: string,
  /** A hook: an area that asks the API what the viewer may do (its permission catalogue) calls its query here. */
  usePermissions: (session: Session) => TPermissions,
) {
  const AreaContext = createContext<AreaContextValue<TPermissions> | null>(null);

  function AreaContextProvider({ session, basePath, children }: { session: Session; basePath: string; children: ReactNode }) {
    const permissions = usePermissions(session);
    const value = useMemo<AreaContextValue<TPermissions>>(() => {
      const base = basePath.replace(/\/+$/, "");
      return {
        session,
        permissions,
        basePath: base,
        link: (path = "") => (path ? `${base}/${path.replace(/^\/+/, "")}` : base),
      };
    }, [session, basePath, permissions]);
    return <AreaContext.Provider value={value}>{children}</AreaContext.Provider>;
  }

  function useArea(): AreaContextValue<TPermissions> {
    const value = useContext(AreaContext);
    if (!value) throw new Error(`useArea must be used inside the ${areaTitle} area`);
    return value;
  }

  return { AreaContextProvider, useArea };
}
