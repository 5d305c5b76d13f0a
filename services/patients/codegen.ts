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
        contextType: "../context.ts#PatientsContext",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "Date" },
        mapperTypeSuffix: "Model",
        mappers: {
          Patient: "../modules/patient/patient.entity.ts#Patient",
          AccessLogEntry: "../modules/access-log/access-log.entity.ts#AccessLogEntry",
          Coverage: "../modules/coverage/coverage.entity.ts#Coverage",
          PriorAuthorization: "../modules/prior-authorization/prior-authorization.entity.ts#PriorAuthorization",
          SafetyScreening: "../modules/safety-screening/safety-screening.entity.ts#SafetyScreening",
          Consent: "../modules/consent/consent.entity.ts#Consent",
          PriorStudyRequest: "../modules/prior-study-request/prior-study-request.entity.ts#PriorStudyRequest",
          PatientMerge: "../modules/patient-merge/patient-merge.entity.ts#PatientMerge",
        },
      },
    },
  },
};
export default config;
