import { resolverTypesCodegen } from "@gantry/subgraph-kit/codegen";

// Resolver types generated from this service's own SDL files.
export default resolverTypesCodegen({
  contextType: "../context.ts#StaffContext",
  kitSchemas: ["modality/modality.graphql"],
  mappers: {
    StaffMember: "../modules/staff-member/staff-member.entity.ts#StaffMember",
    Credential: "../modules/credential/credential.entity.ts#Credential",
    ExpiringCredential: "../modules/credential/credential.manager.ts#ExpiringCredential",
    Competency: "../modules/competency/competency.entity.ts#Competency",
    ContinuingEducation: "../modules/continuing-education/continuing-education.entity.ts#ContinuingEducation",
    Shift: "../modules/shift/shift.entity.ts#Shift",
  },
});
