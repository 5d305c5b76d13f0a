/**
 * ICD-10-CM diagnosis codes, checked for form (not against the code set, which the department
 * loads with its billing system): a letter, two characters (digit, digit or letter: C4A, Z3A),
 * then optionally a dot and up to four more (S52.521A). Given without the dot, it is put back.
 */
const pattern = /^([A-Z][0-9][0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?$/;

/** The code in its written form (upper case, dot after the category), or null when it is not one. */
export function normalIcd10Code(value: string): string | null {
  const match = pattern.exec(value.trim().toUpperCase());
  if (!match?.[1]) return null;
  return match[2] ? `${match[1]}.${match[2]}` : match[1];
}
