import path from "node:path";
import { areas, defaultRoutingUrl, repositoryRoot } from "@gantry/areas/areas";
import { composeSupergraph } from "./compose.ts";
import { released } from "./released.ts";
import { recordRelease } from "./releases.ts";
import { subgraphSources } from "./sources.ts";

// `pnpm schema:release`: the current schema files become the released API that schema:check
// protects. Run it when a release ships, and commit schema/released/.
const supergraph = composeSupergraph(subgraphSources(areas, defaultRoutingUrl));
const release = await recordRelease(
  released,
  supergraph.supergraphSdl,
  areas.map((area) => area.name),
);
process.stdout.write(`recorded ${path.relative(repositoryRoot, released.supergraphFile)} as released at ${release.recordedAt}\n`);
