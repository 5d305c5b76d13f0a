import type { EntityManager } from "@mikro-orm/postgresql";
import { ContinuingEducation } from "./continuing-education.entity.ts";

export class ContinuingEducationStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByStaffMembers(staffMemberIds: readonly string[]): Promise<ContinuingEducation[]> {
    return this.em.find(
      ContinuingEducation,
      { staffMemberId: { $in: [...staffMemberIds] } },
      { orderBy: { completedOn: "desc", createdAt: "desc" } },
    );
  }
}
