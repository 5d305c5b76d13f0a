import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { optionalText, personName, requiredText } from "@gantry/subgraph-kit/input-rules";
import { isCalendarDate } from "@gantry/subgraph-kit/scalars";
import { z } from "zod";
import { administrativeSexes } from "./patient.entity.ts";

/** MRN: up to three letters, then 6 to 10 digits (e.g. G00012345). */
export const mrnPattern = /^[A-Z]{0,3}\d{6,10}$/;
export const mrn = z.string().trim().toUpperCase().regex(mrnPattern, "MRN must be up to 3 letters followed by 6 to 10 digits");

const name = personName;

export const birthDate = z
  .string()
  .refine(isCalendarDate, "must be a calendar date YYYY-MM-DD")
  .refine((value) => value <= departmentToday(), "must not be in the future")
  .refine((value) => value >= "1890-01-01", "must be after 1890-01-01");

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{7,30}$/, "must be a phone number (digits, spaces, + ( ) . / -)")
  .nullish();

export const administrativeSex = fromGraphQLEnum(administrativeSexes);

const address = z
  .object({
    line: optionalText(200),
    city: optionalText(100),
    region: optionalText(100),
    postalCode: optionalText(20),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .nullish(),
  })
  .nullish();

const emergencyContact = z.object({ name: name(200), phone, relationship: optionalText(50) }).nullish();

const contactFields = {
  middleName: optionalText(100),
  phone,
  email: z.email("must be an email address").max(254).nullish(),
  address,
  preferredLanguage: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag, e.g. en or es-MX")
    .max(35)
    .nullish(),
  interpreterNeeded: z.boolean().nullish(),
  emergencyContact,
};

export const registerPatientInput = z.object({
  mrn: mrn.nullish(),
  familyName: name(100),
  givenName: name(100),
  birthDate,
  administrativeSex,
  confirmNotDuplicate: z.boolean().nullish(),
  ...contactFields,
});
export type RegisterPatientInput = z.infer<typeof registerPatientInput>;

export const updatePatientInput = z.object({
  familyName: name(100).optional(),
  givenName: name(100).optional(),
  birthDate: birthDate.optional(),
  administrativeSex: administrativeSex.optional(),
  active: z.boolean().optional(),
  ...contactFields,
});
export type UpdatePatientInput = z.infer<typeof updatePatientInput>;

export const patientSearch = z
  .object({
    mrn: mrn.nullish(),
    familyName: requiredText(100).nullish(),
    givenName: requiredText(100).nullish(),
    birthDate: z.string().refine(isCalendarDate, "must be a calendar date YYYY-MM-DD").nullish(),
    includeMerged: z.boolean().nullish(),
  })
  .refine((search) => Boolean(search.mrn || search.familyName || search.birthDate), {
    message: "give an MRN, a family name or a birth date",
  });
export type PatientSearch = z.infer<typeof patientSearch>;

export const mergeReason = requiredText(500, { multiline: true }).refine(
  (value) => value.length >= 3,
  "say why the records are the same person",
);
