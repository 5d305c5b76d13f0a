import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Resolver types for a subgraph, generated from its own SDL files plus the kit's shared types
 * (run from the service's folder, services/<area>). Only the context and the model behind each
 * GraphQL type differ between areas.
 */
export function resolverTypesCodegen(options: {
  contextType: string;
  mappers: Record<string, string>;
  /** SDL of the kit modules the area lists (e.g. "access-log/access-log.graphql"), whose types its own SDL uses. */
  kitSchemas?: string[];
}): CodegenConfig {
  const kit = "../../libs/subgraph-kit/src";
  return {
    schema: [`${kit}/shared.graphql`, ...(options.kitSchemas ?? []).map((file) => `${kit}/${file}`), "src/**/*.graphql"],
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
