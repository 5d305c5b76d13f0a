import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the composed API schema (run `pnpm --filter @gantry/compose build` first).
const config: CodegenConfig = {
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

export default config;
