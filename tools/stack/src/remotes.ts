import { areas, type Area } from "@gantry/areas/areas";
import type { RemoteManifestEntry } from "@gantry/web-kit/area";

/**
 * The runtime manifest the shell reads at start: which areas exist and where each area's remote
 * entry lives (the shell's type, `@gantry/web-kit/area`). A team redeploys its remote by changing
 * its URL here, without rebuilding the shell. Who sees an area is not here: the shell asks each
 * area's permission catalogue (`openArea`).
 */
export type { RemoteManifestEntry };

/** Each area's remote as its area.json declares it, served by this launcher under /remotes/<area>/. */
export function remotesOf(declared: Area[]): RemoteManifestEntry[] {
  return declared.flatMap((area) =>
    area.remote ? [{ area: area.name, title: area.remote.title, url: `/remotes/${area.name}/assets/remoteEntry.js` }] : [],
  );
}

export const defaultRemotes: RemoteManifestEntry[] = remotesOf(areas);

/** Where each area's built remote is served from: `<remote.folder>/dist`, by area name. */
export function remoteFoldersOf(declared: Area[]): Record<string, string> {
  return Object.fromEntries(declared.flatMap((area) => (area.remote ? [[area.name, area.remote.dir]] : [])));
}

/** GANTRY_REMOTES (JSON array of entries) replaces the defaults, e.g. to point at a CDN. */
export function remotesFromEnvironment(value: string | undefined): RemoteManifestEntry[] {
  if (!value) return defaultRemotes;
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new Error("GANTRY_REMOTES must be a JSON array of {area, title, url}");
  return parsed as RemoteManifestEntry[];
}
