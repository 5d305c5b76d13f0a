import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { modality } from "../modality/modality.ts";
import { isValidNpi } from "./npi.ts";
import { staffRoles } from "./staff-member.entity.ts";

export const staffRole = fromGraphQLEnum(staffRoles);

const name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

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
    modalities: z.array(modality).nullish(),
  })
  .refine((input) => input.role !== "radiologist" || Boolean(input.npi), { message: "radiologists need an NPI", path: ["npi"] });
export type AddStaffMemberInput = z.infer<typeof addStaffMemberInput>;

export const directorySearch = z.object({
  search: z.string().trim().min(1).max(100).nullish(),
  role: staffRole.nullish(),
  modality: modality.nullish(),
  active: z.boolean().nullish(),
});
export type DirectorySearch = z.infer<typeof directorySearch>;
