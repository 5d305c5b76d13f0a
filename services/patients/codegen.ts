import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files.
export default resolverTypesCodegen({
  contextType: "../context.ts#PatientsContext",
  kitSchemas: ["access-log/access-log.graphql"],
  mappers: {
    Patient: "../modules/patient/patient.entity.ts#Patient",
    AccessLogEntry: "@gantry/subgraph-kit/access-log/access-log.entity#AccessLogEntry",
    Coverage: "../modules/coverage/coverage.entity.ts#Coverage",
    PriorAuthorization: "../modules/prior-authorization/prior-authorization.entity.ts#PriorAuthorization",
    SafetyScreening: "../modules/safety-screening/safety-screening.entity.ts#SafetyScreening",
    Consent: "../modules/consent/consent.entity.ts#Consent",
    PriorStudyRequest: "../modules/prior-study-request/prior-study-request.entity.ts#PriorStudyRequest",
    PatientMerge: "../modules/patient-merge/patient-merge.entity.ts#PatientMerge",
  },
});
