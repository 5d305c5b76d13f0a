import { defineEntity, p } from "@mikro-orm/core";

export const movementKinds = ["received", "used", "wasted", "adjusted"] as const;
export type MovementKind = (typeof movementKinds)[number];

/** One change to the stock of a lot at a location; `quantity` is signed (withdrawals negative). */
export const StockMovementSchema = defineEntity({
  name: "StockMovement",
  tableName: "stock_movement",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    lotId: p.uuid(),
    location: p.string().length(60),
    kind: p.enum([...movementKinds]),
    quantity: p.integer(),
    recordedBy: p.string().length(200),
    occurredAt: p.datetime(),
    reason: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** The caller's reference for this use (e.g. the exam); the same one again returns this movement. */
    reference: p.string().length(200).nullable().unique(),
  },
});

export class StockMovement extends StockMovementSchema.class {}
StockMovementSchema.setClass(StockMovement);
