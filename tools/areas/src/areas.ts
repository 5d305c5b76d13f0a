import { fileURLToPath } from "node:url";
import { discoverAreas, type Area } from "./discover.ts";

export { discoverAreas, type Area } from "./discover.ts";
export { AreaFileError, areaFileSchema, readAreaFile, type AreaFile } from "./area-file.ts";
export { loadAreaCode, type AreaCode, type DemoDataOptions, type DemoHistoryOptions } from "./load.ts";

/** The repository this package lives in: its `services/*\/area.json` are the department's areas. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Every area of this repository, read from the declarations when first imported. */
export const areas: Area[] = discoverAreas(repositoryRoot);

export function defaultRoutingUrl(entry: Area): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
