import { readFileSync } from "node:fs";
import { parse } from "graphql";
import type { Area } from "@gantry/areas/areas";
import type { SubgraphSource } from "./compose.ts";

/**
 * Each area's committed schema file, routed to `urlOf(area)`: composition reads SDL files, never
 * the services' code, so composing needs neither their dependencies nor their processes.
 */
export function subgraphSources(areas: Area[], urlOf: (area: Area) => string): SubgraphSource[] {
  return areas.map((area) => {
    let sdl: string;
    try {
      sdl = readFileSync(area.schemaFile, "utf8");
    } catch {
      throw new Error(`${area.schemaFile} (the schema file ${area.declarationFile} names) is missing: run pnpm schema:write`);
    }
    return { name: area.name, url: urlOf(area), typeDefs: parse(sdl, { noLocation: true }) };
  });
}
