import type { Session } from "@gantry/web-kit/session";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { permissionsFor, type Permissions } from "./permissions.ts";

interface AreaContextValue {
  session: Session;
  permissions: Permissions;
  /** Absolute path the area is mounted at, e.g. /equipment. */
  basePath: string;
  /** Absolute link to a path inside the area. */
  link: (path?: string) => string;
}

const AreaContext = createContext<AreaContextValue | null>(null);

export function AreaContextProvider({ session, basePath, children }: { session: Session; basePath: string; children: ReactNode }) {
  const value = useMemo<AreaContextValue>(() => {
    const base = basePath.replace(/\/+$/, "");
    return {
      session,
      permissions: permissionsFor(session),
      basePath: base,
      link: (path = "") => (path ? `${base}/${path.replace(/^\/+/, "")}` : base),
    };
  }, [session, basePath]);
  return <AreaContext.Provider value={value}>{children}</AreaContext.Provider>;
}

export function useArea(): AreaContextValue {
  const value = useContext(AreaContext);
  if (!value) throw new Error("useArea must be used inside the Equipment area");
  return value;
}
