import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Resolver types for a subgraph, generated from its own SDL files plus the kit's shared types
 * (run from the service's folder, services/<area>). Only the context and the model behind each
 * GraphQL type differ between areas.
 */
export function resolverTypesCodegen(options: { contextType: string; mappers: Record<string, string> }): CodegenConfig {
  return {
    schema: ["../../libs/subgraph-kit/src/shared.graphql", "src/**/*.graphql"],
    generates: {
      "src/__generated__/resolvers-types.ts": {
        plugins: ["typescript", "typescript-resolvers"],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: options.contextType,
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { Date: "string", DateTime: "Date" },
          mapperTypeSuffix: "Model",
          mappers: options.mappers,
        },
      },
    },
  };
}
