import { defineEntity, p } from "@mikro-orm/core";

export const administrativeSexes = ["male", "female", "other", "unknown"] as const;
export type AdministrativeSex = (typeof administrativeSexes)[number];

/** A person the department images (FHIR Patient). The MRN is the department's identifier. */
export const PatientSchema = defineEntity({
  name: "Patient",
  tableName: "patient",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    mrn: p.string().length(20).unique(),
    familyName: p.string().length(100),
    givenName: p.string().length(100),
    middleName: p.string().length(100).nullable(),
    birthDate: p.date(),
    administrativeSex: p.enum([...administrativeSexes]),
    phone: p.string().length(30).nullable(),
    email: p.string().length(254).nullable(),
    addressLine: p.string().length(200).nullable(),
    city: p.string().length(100).nullable(),
    region: p.string().length(100).nullable(),
    postalCode: p.string().length(20).nullable(),
    country: p.string().length(2).nullable(),
    preferredLanguage: p.string().length(35).nullable(),
    interpreterNeeded: p.boolean().default(false),
    emergencyContactName: p.string().length(200).nullable(),
    emergencyContactPhone: p.string().length(30).nullable(),
    emergencyContactRelationship: p.string().length(50).nullable(),
    active: p.boolean().default(true),
    /** Set when this record was merged into another (the survivor); the record stays for the audit trail. */
    mergedIntoId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Patient extends PatientSchema.class {}
PatientSchema.setClass(Patient);
