import { defineEntity, p } from "@mikro-orm/core";

/** A probe used on a patient: after this it needs high-level disinfection before the next use. */
export const ProbeUseSchema = defineEntity({
  name: "ProbeUse",
  tableName: "probe_use",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    probeId: p.uuid(),
    usedAt: p.datetime(),
    /** The scheduling area's appointment, as a plain reference (no PHI kept here). */
    appointmentReference: p.string().length(100).nullable(),
    recordedBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ProbeUse extends ProbeUseSchema.class {}
ProbeUseSchema.setClass(ProbeUse);
