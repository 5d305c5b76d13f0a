/**
 * The runtime manifest the shell reads at start: which areas exist and where each area's
 * remote entry lives. A team redeploys its remote by changing its URL here, without
 * rebuilding the shell.
 */
export interface RemoteManifestEntry {
  /** Area id, also the federation remote name. */
  area: string;
  title: string;
  /** URL of the remote's remoteEntry.js. */
  url: string;
  /** Roles that see the area in navigation (the API enforces access regardless). */
  roles: string[];
}

export const defaultRemotes: RemoteManifestEntry[] = [
  {
    area: "patients",
    title: "Patients",
    url: "/remotes/patients/assets/remoteEntry.js",
    roles: ["scheduler", "technologist", "radiologist", "coordinator", "quality_officer"],
  },
  {
    area: "staff",
    title: "Staff",
    url: "/remotes/staff/assets/remoteEntry.js",
    roles: ["scheduler", "technologist", "radiologist", "coordinator", "manager", "quality_officer", "administrator"],
  },
  {
    area: "equipment",
    title: "Equipment",
    url: "/remotes/equipment/assets/remoteEntry.js",
    roles: ["technologist", "coordinator", "manager", "administrator", "quality_officer"],
  },
];

/** GANTRY_REMOTES (JSON array of entries) replaces the defaults, e.g. to point at a CDN. */
export function remotesFromEnvironment(value: string | undefined): RemoteManifestEntry[] {
  if (!value) return defaultRemotes;
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new Error("GANTRY_REMOTES must be a JSON array of {area, title, url, roles}");
  return parsed as RemoteManifestEntry[];
}
