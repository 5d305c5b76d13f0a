import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { modality } from "@gantry/subgraph-kit/modality";
import { isValidNpi } from "@gantry/subgraph-kit/npi";
import { staffRoles } from "./staff-member.entity.ts";
import { boundedList, personName, requiredText } from "@gantry/subgraph-kit/input-rules";

export const staffRole = fromGraphQLEnum(staffRoles);

const name = personName(100);

export const addStaffMemberInput = z
  .object({
    employeeId: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{3,20}$/, "must be 3 to 20 letters, digits or dashes"),
    familyName: name,
    givenName: name,
    role: staffRole,
    npi: z.string().trim().refine(isValidNpi, "must be a valid 10-digit NPI").nullish(),
    // Every modality the department has, at most; repeats are kept once.
    modalities: boundedList(modality, 20).nullish(),
  })
  .refine((input) => input.role !== "radiologist" || Boolean(input.npi), { message: "radiologists need an NPI", path: ["npi"] });
export type AddStaffMemberInput = z.infer<typeof addStaffMemberInput>;

export const directorySearch = z.object({
  search: requiredText(100).nullish(),
  role: staffRole.nullish(),
  modality: modality.nullish(),
  active: z.boolean().nullish(),
});
export type DirectorySearch = z.infer<typeof directorySearch>;

/** The identity provider's subject as the token carries it ("demo:technologist", an OIDC sub), or null to unlink. */
export const linkSignInInput = z.object({ staffMemberId: z.string(), signInSubject: requiredText(200).nullable() });
