import { execute, parse } from "graphql";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { buildSchema, type SubgraphDefinition } from "@gantry/subgraph-kit/server";

/**
 * The SDL the subgraph answers to `{ _service { sdl } }`, asked of the very schema its server
 * builds: what a gateway composing from the live service would read.
 */
export async function servedSdl(definition: SubgraphDefinition<SubgraphContext>): Promise<string> {
  const result = await execute({ schema: buildSchema(definition), document: parse("{ _service { sdl } }") });
  const sdl = (result.data as { _service?: { sdl?: unknown } } | null | undefined)?._service?.sdl;
  if (result.errors || typeof sdl !== "string") throw new Error(`the ${definition.name} subgraph did not answer its SDL`);
  // Files end with a newline; the comparison ignores nothing else.
  return `${sdl}\n`;
}
