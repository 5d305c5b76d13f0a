import { CompetencySchema } from "../modules/competency/competency.entity.ts";
import { ContinuingEducationSchema } from "../modules/continuing-education/continuing-education.entity.ts";
import { CredentialSchema } from "../modules/credential/credential.entity.ts";
import { ShiftSchema } from "../modules/shift/shift.entity.ts";
import { StaffMemberSchema } from "../modules/staff-member/staff-member.entity.ts";

/** Every entity of the staff database. */
export const entities = [StaffMemberSchema, CredentialSchema, CompetencySchema, ContinuingEducationSchema, ShiftSchema];
