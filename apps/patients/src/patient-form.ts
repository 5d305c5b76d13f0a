import type { AdministrativeSex, PatientDetailsFragment, RegisterPatientInput, UpdatePatientInput } from "./__generated__/graphql.ts";
import { today } from "./format.ts";

/** The patient record as the register and edit forms hold it: every field a string, as typed. */
export interface PatientFormValues {
  mrn: string;
  familyName: string;
  givenName: string;
  middleName: string;
  birthDate: string | null;
  administrativeSex: AdministrativeSex | null;
  phone: string;
  email: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  emergencyContactRelationship: string;
}

export const emptyPatientForm: PatientFormValues = {
  mrn: "",
  familyName: "",
  givenName: "",
  middleName: "",
  birthDate: null,
  administrativeSex: null,
  phone: "",
  email: "",
  preferredLanguage: "",
  interpreterNeeded: false,
  addressLine: "",
  city: "",
  region: "",
  postalCode: "",
  country: "",
  emergencyContactName: "",
  emergencyContactPhone: "",
  emergencyContactRelationship: "",
};

export const administrativeSexOptions: { value: AdministrativeSex; label: string }[] = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
  { value: "UNKNOWN", label: "Unknown" },
];

// The same rules as services/patients (patient.input.ts), so mistakes show before a round trip.
export const mrnPattern = /^[A-Z]{0,3}\d{6,10}$/;
const phonePattern = /^\+?[0-9 ()./-]{7,30}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const earliestBirthDate = "1890-01-01";

export function mrnError(value: string): string | null {
  const mrn = value.trim().toUpperCase();
  if (!mrn) return null;
  return mrnPattern.test(mrn) ? null : "MRN must be up to 3 letters followed by 6 to 10 digits, e.g. G00012345";
}

export function birthDateError(value: string | null): string | null {
  if (!value) return "Enter the birth date";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "Birth date must be a calendar date YYYY-MM-DD";
  if (value > today()) return "Birth date must not be in the future";
  if (value < earliestBirthDate) return "Birth date must be after 1890-01-01";
  return null;
}

const required = (label: string, max: number) => (value: string) =>
  !value.trim() ? `Enter the ${label}` : value.trim().length > max ? `${label} must be at most ${max} characters` : null;
const optional = (label: string, max: number) => (value: string) =>
  value.trim().length > max ? `${label} must be at most ${max} characters` : null;
const matches = (pattern: RegExp, message: string) => (value: string) => (value.trim() && !pattern.test(value.trim()) ? message : null);

export const patientFormRules = {
  mrn: mrnError,
  familyName: required("family name", 100),
  givenName: required("given name", 100),
  middleName: optional("Middle name", 100),
  birthDate: birthDateError,
  administrativeSex: (value: AdministrativeSex | null) => (value ? null : "Choose the administrative sex"),
  phone: matches(phonePattern, "Phone must be a phone number (digits, spaces, + ( ) . / -)"),
  email: matches(emailPattern, "Email must be an email address"),
  preferredLanguage: matches(languagePattern, "Language must be a language tag, e.g. en or es-MX"),
  addressLine: optional("Address", 200),
  city: optional("City", 100),
  region: optional("Region", 100),
  postalCode: optional("Postal code", 20),
  country: (value: string) => (value.trim() && !/^[A-Za-z]{2}$/.test(value.trim()) ? "Country must be a two-letter code, e.g. US" : null),
  emergencyContactName: (value: string, values: PatientFormValues) =>
    !value.trim() && (values.emergencyContactPhone.trim() || values.emergencyContactRelationship.trim())
      ? "Enter the emergency contact's name"
      : optional("Name", 200)(value),
  emergencyContactPhone: matches(phonePattern, "Phone must be a phone number (digits, spaces, + ( ) . / -)"),
  emergencyContactRelationship: optional("Relationship", 50),
};

const text = (value: string): string | null => value.trim() || null;

function address(values: PatientFormValues) {
  const parts = {
    line: text(values.addressLine),
    city: text(values.city),
    region: text(values.region),
    postalCode: text(values.postalCode),
    country: text(values.country.toUpperCase()),
  };
  return Object.values(parts).some(Boolean) ? parts : null;
}

function emergencyContact(values: PatientFormValues) {
  const name = text(values.emergencyContactName);
  return name ? { name, phone: text(values.emergencyContactPhone), relationship: text(values.emergencyContactRelationship) } : null;
}

export function toRegisterInput(values: PatientFormValues, confirmNotDuplicate: boolean): RegisterPatientInput {
  return {
    mrn: text(values.mrn.toUpperCase()),
    familyName: values.familyName.trim(),
    givenName: values.givenName.trim(),
    middleName: text(values.middleName),
    birthDate: values.birthDate ?? "",
    administrativeSex: values.administrativeSex ?? "UNKNOWN",
    phone: text(values.phone),
    email: text(values.email),
    preferredLanguage: text(values.preferredLanguage),
    interpreterNeeded: values.interpreterNeeded,
    address: address(values),
    emergencyContact: emergencyContact(values),
    confirmNotDuplicate,
  };
}

/** Sends every editable field: a cleared optional field becomes null, which clears it on the server. */
export function toUpdateInput(values: PatientFormValues): UpdatePatientInput {
  const { mrn: _mrn, confirmNotDuplicate: _confirm, ...rest } = toRegisterInput(values, false);
  return rest;
}

export function formValuesOf(patient: PatientDetailsFragment): PatientFormValues {
  return {
    mrn: patient.mrn,
    familyName: patient.name.family,
    givenName: patient.name.given,
    middleName: patient.name.middle ?? "",
    birthDate: patient.birthDate,
    administrativeSex: patient.administrativeSex,
    phone: patient.phone ?? "",
    email: patient.email ?? "",
    preferredLanguage: patient.preferredLanguage ?? "",
    interpreterNeeded: patient.interpreterNeeded,
    addressLine: patient.address?.line ?? "",
    city: patient.address?.city ?? "",
    region: patient.address?.region ?? "",
    postalCode: patient.address?.postalCode ?? "",
    country: patient.address?.country ?? "",
    emergencyContactName: patient.emergencyContact?.name ?? "",
    emergencyContactPhone: patient.emergencyContact?.phone ?? "",
    emergencyContactRelationship: patient.emergencyContact?.relationship ?? "",
  };
}

/** Maps the server's BAD_USER_INPUT problems (`input.birthDate`, `input.address.country`) onto form fields. */
export function formFieldOf(problemField: string): keyof PatientFormValues | null {
  const path = problemField.replace(/^(input|filter)\./, "");
  const direct: Record<string, keyof PatientFormValues> = {
    "address.line": "addressLine",
    "address.city": "city",
    "address.region": "region",
    "address.postalCode": "postalCode",
    "address.country": "country",
    "emergencyContact.name": "emergencyContactName",
    "emergencyContact.phone": "emergencyContactPhone",
    "emergencyContact.relationship": "emergencyContactRelationship",
  };
  if (direct[path]) return direct[path];
  return path in emptyPatientForm ? (path as keyof PatientFormValues) : null;
}
