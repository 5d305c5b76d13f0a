import { defineEntity, p } from "@mikro-orm/core";

/** Ids of the records a merge moved from the duplicate to the survivor, per kind. */
export interface MovedRecords {
  coverages: string[];
  priorAuthorizations: string[];
  safetyScreenings: string[];
  consents: string[];
  priorStudyRequests: string[];
}

/** The trail of one merge: who merged which duplicate into which survivor, why, and what moved. Append-only. */
export const PatientMergeSchema = defineEntity({
  name: "PatientMerge",
  tableName: "patient_merge",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    survivorId: p.uuid().index(),
    duplicateId: p.uuid().unique(),
    reason: p.string().length(500),
    mergedAt: p.datetime(),
    mergedBySubject: p.string().length(200),
    mergedByName: p.string().length(200),
    movedRecords: p.json<MovedRecords>(),
  },
});

export class PatientMerge extends PatientMergeSchema.class {}
PatientMergeSchema.setClass(PatientMerge);
