import type { EntityManager } from "@mikro-orm/postgresql";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { PriorAuthorization } from "./prior-authorization.entity.ts";

export class PriorAuthorizationStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<PriorAuthorization | null> {
    return isRecordId(id) ? this.em.findOne(PriorAuthorization, { id }) : Promise.resolve(null);
  }

  findByPatientIds(patientIds: readonly string[]): Promise<PriorAuthorization[]> {
    return this.em.find(PriorAuthorization, { patientId: { $in: [...patientIds] } }, { orderBy: { requestedAt: "desc", id: "asc" } });
  }

  /** The approved authorization whose window covers the day; the longest-lasting if several do. */
  findApproved(patientId: string, procedureCode: string, on: string): Promise<PriorAuthorization | null> {
    return this.em.findOne(
      PriorAuthorization,
      { patientId, procedureCode, status: "approved", validFrom: { $lte: on }, validUntil: { $gte: on } },
      { orderBy: { validUntil: "desc", id: "asc" } },
    );
  }

  /** A request still pending or approved for the same order and procedure. */
  findOpen(patientId: string, orderReference: string, procedureCode: string): Promise<PriorAuthorization | null> {
    return this.em.findOne(PriorAuthorization, { patientId, orderReference, procedureCode, status: { $in: ["requested", "approved"] } });
  }
}
