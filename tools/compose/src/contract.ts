import { Supergraph } from "@apollo/federation-internals";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema, printSchema } from "graphql";

/** What changed between the released API and the current one, worded for a person. */
export interface ContractReport {
  /** Clients written against the released API can fail: the check fails on any of these. */
  breaking: string[];
  /** Valid for old clients but may change what they see (a new enum value, a changed default). */
  dangerous: string[];
  safe: string[];
}

/** The API schema clients see, from a supergraph: federation's join and link machinery removed. */
export function apiSchemaOfSupergraph(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

function described(change: Change): string {
  const why = change.criticality.reason ? ` (${change.criticality.reason})` : "";
  return `${change.path ?? "(schema)"}: ${change.message}${why}`;
}

/**
 * Compares two API schemas with @graphql-inspector's diff. Only what clients see is compared,
 * never the supergraph itself: moving a field between subgraphs is nobody else's business.
 */
export async function checkSchemaChange(releasedApiSdl: string, currentApiSdl: string): Promise<ContractReport> {
  const changes = await diff(buildSchema(releasedApiSdl), buildSchema(currentApiSdl));
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level).map(described);
  return { breaking: of(CriticalityLevel.Breaking), dangerous: of(CriticalityLevel.Dangerous), safe: of(CriticalityLevel.NonBreaking) };
}
