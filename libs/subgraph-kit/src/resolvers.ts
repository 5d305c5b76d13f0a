import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { GraphQLScalarType } from "graphql";

/**
 * Folds each module's resolver map into the one map the schema is built from. Two modules
 * resolving the same field is a mistake that would otherwise be settled silently by list order,
 * so it stops the service at start, naming the field.
 */
export function mergeResolvers<TContext>(modules: object[]): GraphQLResolverMap<TContext> {
  const merged: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [typeName, resolvers] of Object.entries(module)) {
      if (resolvers instanceof GraphQLScalarType) {
        if (merged[typeName] !== undefined && merged[typeName] !== resolvers) throw new Error(`The scalar ${typeName} is defined twice.`);
        merged[typeName] = resolvers;
        continue;
      }
      const previous = (merged[typeName] ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(resolvers as object)) {
        if (field in previous) throw new Error(`${typeName}.${field} is resolved by two modules; keep it in one.`);
      }
      merged[typeName] = { ...previous, ...(resolvers as object) };
    }
  }
  return merged as GraphQLResolverMap<TContext>;
}
