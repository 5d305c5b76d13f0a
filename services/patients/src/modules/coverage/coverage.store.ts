import type { EntityManager } from "@mikro-orm/postgresql";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { Coverage } from "./coverage.entity.ts";

export class CoverageStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<Coverage | null> {
    return isRecordId(id) ? this.em.findOne(Coverage, { id }) : Promise.resolve(null);
  }

  findByPatientIds(patientIds: readonly string[]): Promise<Coverage[]> {
    return this.em.find(Coverage, { patientId: { $in: [...patientIds] } }, { orderBy: { createdAt: "desc", id: "asc" } });
  }
}
