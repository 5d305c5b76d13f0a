import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import type { AreaAccess } from "./area-access.ts";

/** An area in navigation: one the user may open, or one whose catalogue could not be asked. */
export interface ListedArea {
  entry: RemoteManifestEntry;
  available: boolean;
}

/**
 * Navigation lists the areas whose `openArea` the API allows the user. One that did not answer is
 * listed too, marked unavailable, rather than vanishing; one that refuses the user is not listed.
 */
export function listedAreas(entries: readonly RemoteManifestEntry[], accessOf: (area: string) => AreaAccess): ListedArea[] {
  return entries.flatMap((entry) => {
    const { state } = accessOf(entry.area);
    return state === "open" || state === "unavailable" ? [{ entry, available: state === "open" }] : [];
  });
}
