// Shared ESLint flat config for every TypeScript package: strict, type-aware rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "**/__generated__/**", "node_modules/**", "*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      // Type-aware rules below need each file's program (every file is in its package's tsconfig).
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // A promise nobody awaits loses its error (and, in a request, its transaction).
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
);
