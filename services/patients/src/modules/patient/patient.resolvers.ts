import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";

/**
 * Thin: arguments in, manager call, result out. Which Patient fields are PHI is declared in
 * patient.graphql (@phi / @public); the kit guards and logs them, so these are plain reads.
 */
export const patientResolvers: Resolvers = {
  Query: {
    patient: (_root, { id }, { patients }) => patients.lookUp(id),
    patientByMrn: (_root, { mrn }, { patients }) => patients.lookUpByMrn(mrn),
    searchPatients: (_root, { filter, first, after }, { patients }) => patients.search(filter, { first, after }),
  },
  Mutation: {
    registerPatient: (_root, { input }, { patients }) => patients.register(input),
    updatePatient: (_root, { id, input }, { patients }) => patients.update(id, input),
    mergePatients: (_root, { survivorId, duplicateId, reason }, { patients, mergeRecords }) =>
      patients.merge(survivorId, duplicateId, reason, mergeRecords),
  },
  Patient: {
    __resolveReference: (reference, { patients }) => patients.resolveReference(reference),
    mrn: (patient) => patient.mrn,
    name: (patient) => ({
      family: patient.familyName,
      given: patient.givenName,
      middle: patient.middleName ?? null,
      text: `${patient.familyName}, ${patient.givenName}${patient.middleName ? ` ${patient.middleName}` : ""}`,
    }),
    birthDate: (patient) => patient.birthDate,
    administrativeSex: (patient) => toGraphQLEnum(patient.administrativeSex),
    phone: (patient) => patient.phone ?? null,
    email: (patient) => patient.email ?? null,
    address: (patient) =>
      patient.addressLine || patient.city || patient.postalCode
        ? {
            line: patient.addressLine ?? null,
            city: patient.city ?? null,
            region: patient.region ?? null,
            postalCode: patient.postalCode ?? null,
            country: patient.country ?? null,
          }
        : null,
    preferredLanguage: (patient) => patient.preferredLanguage ?? null,
    interpreterNeeded: (patient) => patient.interpreterNeeded,
    emergencyContact: (patient) =>
      patient.emergencyContactName
        ? {
            name: patient.emergencyContactName,
            phone: patient.emergencyContactPhone ?? null,
            relationship: patient.emergencyContactRelationship ?? null,
          }
        : null,
    active: (patient) => patient.active,
    mergedInto: (patient, _args, { patients }) => (patient.mergedIntoId ? patients.get(patient.mergedIntoId) : null),
    createdAt: (patient) => patient.createdAt,
    updatedAt: (patient) => patient.updatedAt,
  },
};
