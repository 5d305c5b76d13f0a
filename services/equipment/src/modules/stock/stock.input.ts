import { z } from "zod";
import { recordId } from "../../ids.ts";
import { calendarDate, requiredText } from "@gantry/subgraph-kit/input-rules";

const largestMovement = 100_000;
const location = requiredText(60);
const reason = requiredText(300, { multiline: true });
const positive = z.number().int("must be a whole number of units").min(1, "must be at least 1").max(largestMovement);

export const receiveStockInput = z.object({
  itemId: recordId,
  lotNumber: requiredText(60),
  expiresOn: calendarDate.nullish(),
  quantity: positive,
  location: location.nullish(),
  occurredAt: z.date().nullish(),
});
export type ReceiveStockInput = z.infer<typeof receiveStockInput>;

export const withdrawStockInput = z.object({
  lotId: recordId,
  quantity: positive,
  location: location.nullish(),
  reason: reason.nullish(),
  occurredAt: z.date().nullish(),
  reference: z.string().trim().min(1).max(200).nullish(),
});
export type WithdrawStockInput = z.infer<typeof withdrawStockInput>;

export const adjustStockInput = z.object({
  lotId: recordId,
  quantity: z
    .number()
    .int("must be a whole number of units")
    .min(-largestMovement)
    .max(largestMovement)
    .refine((value) => value !== 0, "must not be zero"),
  location: location.nullish(),
  reason,
  occurredAt: z.date().nullish(),
});
export type AdjustStockInput = z.infer<typeof adjustStockInput>;

export const stockFilter = z.object({ itemId: recordId.nullish(), location: location.nullish() });

export const lotsExpiringQuery = z.object({
  withinDays: z.number().int().min(0).max(3650),
  asOf: calendarDate,
});
