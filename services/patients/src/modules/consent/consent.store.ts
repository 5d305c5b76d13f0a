import type { EntityManager } from "@mikro-orm/postgresql";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { Consent } from "./consent.entity.ts";

export class ConsentStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<Consent | null> {
    return isRecordId(id) ? this.em.findOne(Consent, { id }) : Promise.resolve(null);
  }

  findByPatientIds(patientIds: readonly string[]): Promise<Consent[]> {
    return this.em.find(Consent, { patientId: { $in: [...patientIds] } }, { orderBy: { recordedAt: "desc", id: "asc" } });
  }
}
