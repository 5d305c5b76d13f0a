import type { EntityManager } from "@mikro-orm/postgresql";
import { Competency } from "./competency.entity.ts";

/** The queries behind competencies. */
export class CompetencyStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByStaffMembers(staffMemberIds: readonly string[]): Promise<Competency[]> {
    return this.em.find(
      Competency,
      { staffMemberId: { $in: [...staffMemberIds] } },
      { orderBy: { assessedOn: "desc", createdAt: "desc" } },
    );
  }
}
