import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files and the kit modules it lists.
export default resolverTypesCodegen({
  contextType: "../context.ts#QualityContext",
  kitSchemas: ["modality/modality.graphql", "order-scope/order-scope.graphql"],
  mappers: {
    KpiTarget: "../modules/kpi-target/kpi-target.entity.ts#KpiTarget",
    // pnpm gen module adds its mappers above this line.
  },
});
