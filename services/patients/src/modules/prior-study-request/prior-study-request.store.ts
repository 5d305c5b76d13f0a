import type { EntityManager } from "@mikro-orm/postgresql";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { PriorStudyRequest } from "./prior-study-request.entity.ts";

export class PriorStudyRequestStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<PriorStudyRequest | null> {
    return isRecordId(id) ? this.em.findOne(PriorStudyRequest, { id }) : Promise.resolve(null);
  }

  findByPatientIds(patientIds: readonly string[]): Promise<PriorStudyRequest[]> {
    return this.em.find(PriorStudyRequest, { patientId: { $in: [...patientIds] } }, { orderBy: { requestedAt: "desc", id: "asc" } });
  }
}
