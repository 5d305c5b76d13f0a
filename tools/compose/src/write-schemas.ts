import { writeFile } from "node:fs/promises";
import path from "node:path";
import { areas, loadAreaCode, repositoryRoot } from "@gantry/areas/areas";
import { servedSdl } from "./served-sdl.ts";

// `pnpm schema:write`: rewrites each area's schema.graphql from what its subgraph serves.
for (const area of areas) {
  const { definition } = await loadAreaCode(area);
  await writeFile(area.schemaFile, await servedSdl(definition));
  process.stdout.write(`wrote ${path.relative(repositoryRoot, area.schemaFile)}\n`);
}
