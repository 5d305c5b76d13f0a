import type { ReactNode } from "react";
import type { Session } from "./session.ts";

/**
 * What the shell passes an area's root component. Each area's remote is a federation remote
 * named after the area (e.g. `patients`), built to `remoteEntry.js`, exposing `./Area` whose
 * default export is an AreaComponent. The shell mounts it under the route `/<area>/*`; the
 * remote renders nested react-router `<Routes>` with paths relative to that route.
 */
export interface AreaProps {
  session: Session;
  /** Absolute path the area is mounted at, e.g. `/patients`, for links built by hand. */
  basePath: string;
}

export type AreaComponent = (props: AreaProps) => ReactNode;

/**
 * One entry of the runtime manifest the shell reads from /remotes.json (served by tools/stack,
 * which uses this type too). Who sees the area in navigation is not part of it: the shell asks
 * the area's `<area>Permissions` whether its `openArea` action is allowed.
 */
export interface RemoteManifestEntry {
  /** Area id, also the federation remote name and the route `/<area>/*`. */
  area: string;
  title: string;
  /** URL of the remote's remoteEntry.js. */
  url: string;
}

export interface RemoteManifest {
  remotes: RemoteManifestEntry[];
}
