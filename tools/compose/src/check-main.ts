import { readFile } from "node:fs/promises";
import path from "node:path";
import { areas, defaultRoutingUrl, repositoryRoot } from "@gantry/areas/areas";
import { composeSupergraph, CompositionError } from "./compose.ts";
import { apiSchemaOfSupergraph, checkSchemaChange } from "./contract.ts";
import { released } from "./released.ts";
import { readReleases } from "./releases.ts";
import { subgraphSources } from "./sources.ts";

// `pnpm schema:check`: the current schema files against the last released supergraph. Fails on
// any breaking change, naming each; dangerous and safe ones are printed for information.
const say = (line: string) => process.stdout.write(`${line}\n`);
const shown = path.relative(repositoryRoot, released.supergraphFile);

let releasedSdl: string;
try {
  releasedSdl = await readFile(released.supergraphFile, "utf8");
} catch {
  console.error(`schema:check: no released supergraph at ${shown}; record one with pnpm schema:release`);
  process.exit(1);
}
let current: string;
try {
  current = composeSupergraph(subgraphSources(areas, defaultRoutingUrl)).apiSchemaSdl;
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : String(error));
  process.exit(1);
}
const report = await checkSchemaChange(apiSchemaOfSupergraph(releasedSdl), current);
const last = (await readReleases(released)).at(-1);
say(`schema:check: compared with ${shown}${last ? ` (released ${last.recordedAt})` : ""}`);
for (const line of report.safe) say(`  safe       ${line}`);
for (const line of report.dangerous) say(`  dangerous  ${line}`);
for (const line of report.breaking) say(`  BREAKING   ${line}`);
if (report.breaking.length > 0) {
  console.error(
    `schema:check: ${report.breaking.length} breaking change(s) to the released API. Keep the old field or argument ` +
      "(deprecate it, add the new one beside it) until no client uses it.",
  );
  process.exit(1);
}
say(`schema:check: no breaking change (${report.dangerous.length} dangerous, ${report.safe.length} safe)`);
