import { defineEntity, p } from "@mikro-orm/core";
import { modalities } from "@gantry/subgraph-kit/modality";

export const competencyResults = ["passed", "failed", "needs-review"] as const;
export type CompetencyResult = (typeof competencyResults)[number];

/** One competency assessment of a staff member for a modality, or one exam type within it. */
export const CompetencySchema = defineEntity({
  name: "Competency",
  tableName: "competency",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    staffMemberId: p.uuid().index(),
    modality: p.enum([...modalities]),
    /** Set when the assessment covers one exam type (e.g. "cardiac MR"); null covers the modality. */
    examType: p.string().length(100).nullable(),
    assessedBy: p.string().length(200),
    assessedOn: p.date(),
    result: p.enum([...competencyResults]),
    nextDueOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Competency extends CompetencySchema.class {}
CompetencySchema.setClass(Competency);
