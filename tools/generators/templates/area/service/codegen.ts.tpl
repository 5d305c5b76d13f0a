import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files.
export default resolverTypesCodegen({
  contextType: "../context.ts#{{area.pascal}}Context",
  mappers: {
    {{note.type}}: "../modules/note/note.entity.ts#{{note.type}}",
    // pnpm gen module adds its mappers above this line.
  },
});
