import { z } from "zod";

/** A record id argument: a UUID. */
export const recordId = z.uuid("must be a UUID");

/** Ids are UUIDs; anything else cannot name a record (and must not reach a uuid column). */
export function isRecordId(value: string): boolean {
  return recordId.safeParse(value).success;
}

/** Today's calendar date (UTC), the default `asOf` of day-based questions. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `date` plus `days`, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
