import { defineEntity, p } from "@mikro-orm/core";

/** A time a device was (or still is) DOWN; open while `endsAt` is null. */
export const DownPeriodSchema = defineEntity({
  name: "DownPeriod",
  tableName: "down_period",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    deviceId: p.uuid(),
    startsAt: p.datetime(),
    endsAt: p.datetime().nullable(),
    reason: p.string().length(300).nullable(),
    recordedBy: p.string().length(200),
  },
});

export class DownPeriod extends DownPeriodSchema.class {}
DownPeriodSchema.setClass(DownPeriod);
