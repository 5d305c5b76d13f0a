import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readAreaFile, type AreaFile } from "./area-file.ts";

/** One area of the department, as its `services/<area>/area.json` declares it. */
export interface Area {
  name: string;
  envPrefix: string;
  defaultPort: number;
  database: string;
  /** The declaration itself (absolute path), named in every error about the area. */
  declarationFile: string;
  /** The service's folder (absolute). */
  serviceDir: string;
  /** The committed subgraph SDL (absolute). */
  schemaFile: string;
  /** The service's process entry, relative to the repository root. */
  entry: string;
  subgraph: AreaFile["subgraph"];
  seed?: AreaFile["seed"];
  remote?: AreaFile["remote"] & { dir: string };
}

/** Fields no two areas may share: two areas on one port or one database would overwrite each other. */
const unique = ["name", "defaultPort", "envPrefix", "database"] as const;

function areaFrom(file: string, declared: AreaFile, root: string): Area {
  const serviceDir = path.dirname(file);
  return {
    name: declared.name,
    envPrefix: declared.envPrefix,
    defaultPort: declared.port,
    database: declared.database,
    declarationFile: file,
    serviceDir,
    schemaFile: path.join(serviceDir, declared.schema),
    entry: path.relative(root, path.join(serviceDir, declared.entry)),
    subgraph: declared.subgraph,
    ...(declared.seed ? { seed: declared.seed } : {}),
    ...(declared.remote ? { remote: { ...declared.remote, dir: path.join(root, declared.remote.folder) } } : {}),
  };
}

/**
 * Every area of a repository: each `services/<folder>/area.json`, validated, in order of their
 * default ports (the order areas were added in; it is also the shell's navigation order).
 * A folder without area.json (the gateway) is not an area.
 */
export function discoverAreas(root: string): Area[] {
  const servicesDir = path.join(root, "services");
  const found = readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(servicesDir, entry.name, "area.json")))
    .map((entry) => {
      const file = path.join(servicesDir, entry.name, "area.json");
      return areaFrom(file, readAreaFile(file), root);
    })
    .sort((a, b) => a.defaultPort - b.defaultPort);
  for (const field of unique) {
    const seen = new Map<unknown, Area>();
    for (const area of found) {
      const other = seen.get(area[field]);
      if (other) throw new Error(`${other.declarationFile} and ${area.declarationFile} both declare ${field} ${String(area[field])}`);
      seen.set(area[field], area);
    }
  }
  return found;
}
