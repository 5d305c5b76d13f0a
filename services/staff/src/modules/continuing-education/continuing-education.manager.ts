import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireStaffPermission } from "../../access.ts";
import { calendarDate } from "../../dates.ts";
import { departmentToday } from "../../department.ts";
import type { CredentialManager } from "../credential/credential.manager.ts";
import type { StaffMemberManager } from "../staff-member/staff-member.manager.ts";
import { ceStatus, type CeStatus } from "./ce-status.ts";
import { ContinuingEducation } from "./continuing-education.entity.ts";
import { logContinuingEducationInput } from "./continuing-education.input.ts";
import type { EducationByStaffMemberLoader } from "./continuing-education.loader.ts";

export class ContinuingEducationManager {
  private readonly context: SubgraphContext;
  private readonly byStaffMember: EducationByStaffMemberLoader;
  private readonly staff: StaffMemberManager;
  private readonly credentials: CredentialManager;

  constructor(
    context: SubgraphContext,
    byStaffMember: EducationByStaffMemberLoader,
    staff: StaffMemberManager,
    credentials: CredentialManager,
  ) {
    this.context = context;
    this.byStaffMember = byStaffMember;
    this.staff = staff;
    this.credentials = credentials;
  }

  forStaffMember(staffMemberId: string): Promise<ContinuingEducation[]> {
    return this.byStaffMember.load(staffMemberId);
  }

  async status(staffMemberId: string, rawAsOf: unknown): Promise<CeStatus | null> {
    const asOf = rawAsOf ? parseInput(calendarDate, rawAsOf, "asOf") : departmentToday();
    const [credentials, activities] = await Promise.all([
      this.credentials.forStaffMember(staffMemberId),
      this.forStaffMember(staffMemberId),
    ]);
    return ceStatus(credentials, activities, asOf);
  }

  async log(rawInput: unknown): Promise<ContinuingEducation> {
    requireStaffPermission(this.context.identity, "logContinuingEducation", "Logging continuing education");
    const input = parseInput(logContinuingEducationInput, rawInput);
    await this.staff.loadOrFail(input.staffMemberId);
    const activity = this.context.em.create(ContinuingEducation, {
      id: randomUUID(),
      staffMemberId: input.staffMemberId,
      title: input.title,
      category: input.category,
      credits: input.credits,
      completedOn: input.completedOn,
    } as ContinuingEducation);
    await this.context.em.flush();
    return activity;
  }
}
