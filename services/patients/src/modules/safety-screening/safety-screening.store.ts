import type { EntityManager } from "@mikro-orm/postgresql";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { SafetyScreening } from "./safety-screening.entity.ts";

export class SafetyScreeningStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<SafetyScreening | null> {
    return isRecordId(id) ? this.em.findOne(SafetyScreening, { id }) : Promise.resolve(null);
  }

  findByPatientIds(patientIds: readonly string[]): Promise<SafetyScreening[]> {
    return this.em.find(SafetyScreening, { patientId: { $in: [...patientIds] } }, { orderBy: { recordedAt: "desc", id: "asc" } });
  }
}
