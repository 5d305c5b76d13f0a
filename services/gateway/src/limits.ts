import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { documentLimitsRule, type DocumentLimits } from "./document-limits.ts";

export interface QueryLimits extends DocumentLimits {
  maxDepth: number;
  maxCost: number;
}

/**
 * Refuses operations too large, too repetitive, too deep or too costly before any subgraph is
 * called. The document limits come first: they stop the other rules walking a huge document.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // Reported as validation errors (the caller's to fix), not thrown as server failures.
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    documentLimitsRule(limits),
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...report }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...report }),
  ] as ValidationRule[];
}
