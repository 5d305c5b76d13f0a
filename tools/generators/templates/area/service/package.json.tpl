{
  "name": "@gantry/{{area.kebab}}",
  "private": true,
  "version": "0.0.0",
  "type": "module",
  "exports": {
    "./subgraph": "./src/subgraph.ts",
    "./seed": "./src/seed/seed-{{area.kebab}}.ts"
  },
  "scripts": {
    "start": "node src/main.ts",
    "dev": "node --watch src/main.ts",
    "codegen": "graphql-codegen --config codegen.ts",
    "typecheck": "tsc -p .",
    "lint": "eslint .",
    "test": "vitest run"
  },
  "dependencies": {
    "@apollo/server": "catalog:",
    "@apollo/subgraph": "catalog:",
    "@gantry/auth": "workspace:*",
    "@gantry/config": "workspace:*",
    "@gantry/database": "workspace:*",
    "@gantry/http-server": "workspace:*",
    "@gantry/logging": "workspace:*",
    "@gantry/subgraph-kit": "workspace:*",
    "@mikro-orm/core": "catalog:",
    "@mikro-orm/migrations": "catalog:",
    "@mikro-orm/postgresql": "catalog:",
    "graphql": "catalog:",
    "zod": "catalog:"
  },
  "devDependencies": {
    "@gantry/eslint-config": "workspace:*",
    "@gantry/testing": "workspace:*",
    "@gantry/tsconfig": "workspace:*",
    "@graphql-codegen/cli": "catalog:",
    "@graphql-codegen/typescript": "catalog:",
    "@graphql-codegen/typescript-resolvers": "catalog:",
    "@types/node": "catalog:",
    "eslint": "catalog:",
    "typescript": "catalog:",
    "vitest": "catalog:"
  }
}
