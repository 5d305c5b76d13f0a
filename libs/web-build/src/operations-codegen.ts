import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL operations for a web app, generated from the composed API schema
 * (`pnpm --filter @gantry/compose build` writes it; turbo runs that first).
 */
export function operationsCodegenConfig(): CodegenConfig {
  return {
    schema: "../../services/gateway/api-schema.graphql",
    documents: ["src/**/*.{ts,tsx}", "!src/__generated__/**"],
    ignoreNoDocuments: true,
    generates: {
      "src/__generated__/": {
        preset: "client",
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { Date: "string", DateTime: "string" },
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        },
      },
    },
  };
}
