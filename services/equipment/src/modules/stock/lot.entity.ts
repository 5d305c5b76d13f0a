import { defineEntity, p } from "@mikro-orm/core";

/** One manufacturer's lot of an item; contrast and disinfectant lots expire. */
export const LotSchema = defineEntity({
  name: "Lot",
  tableName: "inventory_lot",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    itemId: p.uuid(),
    lotNumber: p.string().length(60),
    expiresOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Lot extends LotSchema.class {}
LotSchema.setClass(Lot);
