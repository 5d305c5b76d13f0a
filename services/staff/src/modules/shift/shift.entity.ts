import { defineEntity, p } from "@mikro-orm/core";
import { modalities } from "@gantry/subgraph-kit/modality";

export const shiftKinds = ["regular", "on-call"] as const;
export type ShiftKind = (typeof shiftKinds)[number];

/**
 * Who works where and when. The database refuses two live (not cancelled) shifts of one person
 * that overlap: see the `shift_no_overlap` exclusion constraint in the migration.
 */
export const ShiftSchema = defineEntity({
  name: "Shift",
  tableName: "shift",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    staffMemberId: p.uuid().index(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** Null for work not tied to a modality (front desk, nursing, coordination). */
    modality: p.enum([...modalities]).nullable(),
    location: p.string().length(60).nullable(),
    kind: p.enum([...shiftKinds]).default("regular"),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: p.string().length(200).nullable(),
    cancelReason: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Shift extends ShiftSchema.class {}
ShiftSchema.setClass(Shift);
