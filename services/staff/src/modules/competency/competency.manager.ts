import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireStaffPermission } from "../../access.ts";
import type { StaffMemberManager } from "../staff-member/staff-member.manager.ts";
import { Competency } from "./competency.entity.ts";
import { recordCompetencyAssessmentInput } from "./competency.input.ts";
import type { CompetenciesByStaffMemberLoader } from "./competency.loader.ts";

/** Competency assessments: recorded by coordinators, managers and administrators; never edited, only superseded. */
export class CompetencyManager {
  private readonly context: SubgraphContext;
  private readonly byStaffMember: CompetenciesByStaffMemberLoader;
  private readonly staff: StaffMemberManager;

  constructor(context: SubgraphContext, byStaffMember: CompetenciesByStaffMemberLoader, staff: StaffMemberManager) {
    this.context = context;
    this.byStaffMember = byStaffMember;
    this.staff = staff;
  }

  forStaffMember(staffMemberId: string): Promise<Competency[]> {
    return this.byStaffMember.load(staffMemberId);
  }

  async record(rawInput: unknown): Promise<Competency> {
    requireStaffPermission(this.context.identity, "recordCompetency", "Recording a competency assessment");
    const input = parseInput(recordCompetencyAssessmentInput, rawInput);
    await this.staff.loadOrFail(input.staffMemberId);
    const competency = this.context.em.create(Competency, {
      id: randomUUID(),
      staffMemberId: input.staffMemberId,
      modality: input.modality,
      examType: input.examType ?? null,
      assessedBy: input.assessedBy ?? this.context.identity.name,
      assessedOn: input.assessedOn,
      result: input.result,
      nextDueOn: input.nextDueOn ?? null,
    } as Competency);
    await this.context.em.flush();
    return competency;
  }
}
