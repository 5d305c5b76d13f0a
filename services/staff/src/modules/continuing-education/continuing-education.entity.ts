import { defineEntity, p } from "@mikro-orm/core";

/** Continuing-education activity a staff member completed (ARRT counts credits per biennium). */
export const ContinuingEducationSchema = defineEntity({
  name: "ContinuingEducation",
  tableName: "continuing_education",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    staffMemberId: p.uuid().index(),
    title: p.string().length(200),
    /** ARRT category, e.g. A or A+. */
    category: p.string().length(40),
    credits: p.decimal("number").precision(5).scale(2),
    completedOn: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ContinuingEducation extends ContinuingEducationSchema.class {}
ContinuingEducationSchema.setClass(ContinuingEducation);
