import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { GraphQLScalarType } from "graphql";

/** Folds each module's resolver map into the one map the schema is built from. */
export function mergeResolvers<TContext>(modules: object[]): GraphQLResolverMap<TContext> {
  const merged: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [typeName, resolvers] of Object.entries(module)) {
      if (resolvers instanceof GraphQLScalarType) {
        merged[typeName] = resolvers;
        continue;
      }
      const previous = merged[typeName];
      merged[typeName] = { ...(typeof previous === "object" ? previous : {}), ...(resolvers as object) };
    }
  }
  return merged as GraphQLResolverMap<TContext>;
}
