import { phiField } from "@gantry/subgraph-kit/phi-access";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Patient } from "./patient.entity.ts";

const idOf = (patient: Patient) => patient.id;
const phi = <TValue>(field: string, read: (patient: Patient) => TValue) => phiField(field, idOf, read);
const mergedIntoId = phi("mergedInto", (patient) => patient.mergedIntoId ?? null);

/** Thin: arguments in, manager call, result out. */
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
    mrn: phi("mrn", (patient) => patient.mrn),
    name: phi("name", (patient) => ({
      family: patient.familyName,
      given: patient.givenName,
      middle: patient.middleName ?? null,
      text: `${patient.familyName}, ${patient.givenName}${patient.middleName ? ` ${patient.middleName}` : ""}`,
    })),
    birthDate: phi("birthDate", (patient) => patient.birthDate),
    administrativeSex: phi("administrativeSex", (patient) => toGraphQLEnum(patient.administrativeSex)),
    phone: phi("phone", (patient) => patient.phone ?? null),
    email: phi("email", (patient) => patient.email ?? null),
    address: phi("address", (patient) =>
      patient.addressLine || patient.city || patient.postalCode
        ? {
            line: patient.addressLine ?? null,
            city: patient.city ?? null,
            region: patient.region ?? null,
            postalCode: patient.postalCode ?? null,
            country: patient.country ?? null,
          }
        : null,
    ),
    preferredLanguage: phi("preferredLanguage", (patient) => patient.preferredLanguage ?? null),
    interpreterNeeded: phi("interpreterNeeded", (patient) => patient.interpreterNeeded),
    emergencyContact: phi("emergencyContact", (patient) =>
      patient.emergencyContactName
        ? {
            name: patient.emergencyContactName,
            phone: patient.emergencyContactPhone ?? null,
            relationship: patient.emergencyContactRelationship ?? null,
          }
        : null,
    ),
    active: (patient) => patient.active,
    // Which record this one became is PHI, like the record itself.
    mergedInto: (patient, args, context) => {
      const survivorId = mergedIntoId(patient, args, context);
      return survivorId ? context.patients.get(survivorId) : null;
    },
    // When a person was registered or last changed is a date tied to that person: PHI.
    createdAt: phi("createdAt", (patient) => patient.createdAt),
    updatedAt: phi("updatedAt", (patient) => patient.updatedAt),
  },
};
