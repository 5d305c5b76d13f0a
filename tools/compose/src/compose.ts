import { composeServices } from "@apollo/composition";
import { printSchema } from "graphql";
import type { DocumentNode } from "graphql";

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

export interface Supergraph {
  /** What the gateway loads: every subgraph's types with their routing. */
  supergraphSdl: string;
  /** What clients see (codegen for the web apps reads this). */
  apiSchemaSdl: string;
  hints: string[];
}

export class CompositionError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Supergraph composition failed:\n  - ${problems.join("\n  - ")}`);
    this.name = "CompositionError";
    this.problems = problems;
  }
}

/** Composes the subgraphs' SDL with @apollo/composition; any composition error throws. */
export function composeSupergraph(sources: SubgraphSource[]): Supergraph {
  const result = composeServices(sources.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
    hints: result.hints.map((hint) => hint.toString()),
  };
}
