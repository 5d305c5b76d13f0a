import { defineEntity, p } from "@mikro-orm/core";

export const disinfectionMethods = ["hydrogen-peroxide-mist", "opa-soak", "glutaraldehyde-soak", "uv-c", "chlorine-dioxide-wipe"] as const;
export type DisinfectionMethod = (typeof disinfectionMethods)[number];

export const disinfectionResults = ["pass", "fail"] as const;
export type DisinfectionResult = (typeof disinfectionResults)[number];

/**
 * One high-level disinfection of a probe. `performedBy` is a staff area StaffMember id, confirmed
 * with the staff area when logged (`performerConfirmed`; false only on rows from before the check).
 */
export const DisinfectionSchema = defineEntity({
  name: "Disinfection",
  tableName: "probe_disinfection",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    probeId: p.uuid(),
    method: p.enum([...disinfectionMethods]),
    disinfectantLotId: p.uuid().nullable(),
    performedBy: p.uuid(),
    performerConfirmed: p.boolean(),
    performedAt: p.datetime(),
    result: p.enum([...disinfectionResults]),
    notes: p.string().length(1000).nullable(),
    recordedBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Disinfection extends DisinfectionSchema.class {}
DisinfectionSchema.setClass(Disinfection);
