import type { RemoteManifestEntry } from "./area.ts";

function isEntry(value: unknown): value is RemoteManifestEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.area === "string" &&
    /^[a-z]+(-[a-z]+)*$/.test(entry.area) &&
    typeof entry.title === "string" &&
    typeof entry.url === "string"
  );
}

/**
 * The runtime manifest: which areas exist and where their remotes live (served at /remotes.json).
 * Who may open each is the areas' own answer (area-access.ts), not the manifest's.
 */
export async function fetchManifest(): Promise<RemoteManifestEntry[]> {
  const response = await fetch("/remotes.json", { cache: "no-cache" });
  if (!response.ok) throw new Error(`The list of areas is unavailable (HTTP ${response.status}).`);
  const body = (await response.json()) as { remotes?: unknown };
  if (!Array.isArray(body.remotes)) throw new Error("The list of areas is malformed.");
  return body.remotes.filter(isEntry);
}

/** The query key the shell reads the manifest under. */
export const manifestQueryKey = ["remotes-manifest"] as const;
