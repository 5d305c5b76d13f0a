import { defineEntity, p } from "@mikro-orm/core";
import type { Modality } from "@gantry/subgraph-kit/modality";

export const staffRoles = [
  "technologist",
  "sonographer",
  "radiologist",
  "nurse",
  "scheduler",
  "coordinator",
  "manager",
  "quality-officer",
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles that scan patients: they need credentials and competencies for a modality. */
export const scanningRoles: readonly StaffRole[] = ["technologist", "sonographer"];

/** A person who works in the department (FHIR Practitioner). Not PHI. */
export const StaffMemberSchema = defineEntity({
  name: "StaffMember",
  tableName: "staff_member",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    employeeId: p.string().length(20).unique(),
    familyName: p.string().length(100),
    givenName: p.string().length(100),
    role: p.enum([...staffRoles]),
    /** National Provider Identifier; required for radiologists. */
    npi: p.string().length(10).nullable(),
    active: p.boolean().default(true),
    /** Modalities the person works in (a technologist may be cross-trained). */
    modalities: p.array<Modality>(),
    /** The identity provider's subject of the person's sign-in account, when linked ("my worklist"). */
    signInSubject: p.string().length(200).nullable().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class StaffMember extends StaffMemberSchema.class {}
StaffMemberSchema.setClass(StaffMember);
