import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { areas, defaultRoutingUrl } from "@gantry/areas/areas";
import { composeSupergraph, CompositionError } from "./compose.ts";
import { subgraphSources } from "./sources.ts";

// Writes the composed supergraph beside the gateway and the API schema for the web apps' codegen.
const outputDir = fileURLToPath(new URL("../../../services/gateway/", import.meta.url));

try {
  const supergraph = composeSupergraph(subgraphSources(areas, defaultRoutingUrl));
  await mkdir(outputDir, { recursive: true });
  await writeFile(path.join(outputDir, "supergraph.graphql"), supergraph.supergraphSdl);
  await writeFile(path.join(outputDir, "api-schema.graphql"), supergraph.apiSchemaSdl);
  process.stdout.write(
    `composed ${areas.length} subgraph(s) into services/gateway/supergraph.graphql (${supergraph.hints.length} hints)\n`,
  );
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
