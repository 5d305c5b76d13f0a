import type { EntityManager } from "@mikro-orm/postgresql";
import { PatientMerge, type MovedRecords } from "./patient-merge.entity.ts";

/** The tables whose rows follow a patient through a merge, by the name the trail records them under. */
const recordTables: Record<keyof MovedRecords, string> = {
  coverages: "coverage",
  priorAuthorizations: "prior_authorization",
  safetyScreenings: "safety_screening",
  consents: "consent",
  priorStudyRequests: "prior_study_request",
};

export class PatientMergeStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  /** Re-files every record of one patient under another; runs in the caller's transaction. */
  async moveRecords(fromPatientId: string, toPatientId: string): Promise<MovedRecords> {
    const moved: Partial<MovedRecords> = {};
    for (const [kind, table] of Object.entries(recordTables) as [keyof MovedRecords, string][]) {
      const rows = await this.em.execute<{ id: string }[]>(`update ${table} set patient_id = ? where patient_id = ? returning id`, [
        toPatientId,
        fromPatientId,
      ]);
      moved[kind] = rows.map((row) => row.id).sort();
    }
    return moved as MovedRecords;
  }

  findByPatientIds(patientIds: readonly string[]): Promise<PatientMerge[]> {
    const ids = [...patientIds];
    return this.em.find(
      PatientMerge,
      { $or: [{ survivorId: { $in: ids } }, { duplicateId: { $in: ids } }] },
      { orderBy: { mergedAt: "desc", id: "asc" } },
    );
  }
}
