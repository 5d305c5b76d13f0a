import { readFileSync } from "node:fs";
import { fromGraphQLEnum } from "../enums.ts";
import type { SubgraphModule } from "../modules.ts";

/**
 * The department's imaging modalities, as DICOM codes them (stored lowercase): one list for every
 * area. A migration writes the list it checks literally (released migrations never change), and
 * the migrations-match-entities test of each area fails when the two part.
 */
export const modalities = ["mr", "ct", "xr", "us", "mg", "nm", "pt", "rf", "xa"] as const;
export type Modality = (typeof modalities)[number];

/** The input rule for a GraphQL `Modality`. */
export const modality = fromGraphQLEnum(modalities);

const sdl = readFileSync(new URL("./modality.graphql", import.meta.url), "utf8");

/** The `Modality` enum, for an area whose SDL uses it. */
export function modalityModule<TContext>(): SubgraphModule<TContext> {
  return { name: "modality", sdl };
}
