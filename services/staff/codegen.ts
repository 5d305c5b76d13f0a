import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver types generated from this service's own SDL files.
const config: CodegenConfig = {
  schema: ["../../libs/subgraph-kit/src/shared.graphql", "src/**/*.graphql"],
  generates: {
    "src/__generated__/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: "../context.ts#StaffContext",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "Date" },
        mapperTypeSuffix: "Model",
        mappers: {
          StaffMember: "../modules/staff-member/staff-member.entity.ts#StaffMember",
          Credential: "../modules/credential/credential.entity.ts#Credential",
          ExpiringCredential: "../modules/credential/credential.manager.ts#ExpiringCredential",
          Competency: "../modules/competency/competency.entity.ts#Competency",
          ContinuingEducation: "../modules/continuing-education/continuing-education.entity.ts#ContinuingEducation",
          Shift: "../modules/shift/shift.entity.ts#Shift",
        },
      },
    },
  },
};
export default config;
