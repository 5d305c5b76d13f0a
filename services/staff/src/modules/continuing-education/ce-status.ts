import type { Credential } from "../credential/credential.entity.ts";
import { arrtKinds } from "../credential/qualifications.ts";
import type { ContinuingEducation } from "./continuing-education.entity.ts";

/** ARRT: 24 credits per two-year biennium. */
export const requiredCreditsPerBiennium = 24;

export interface CeStatus {
  bienniumStart: string;
  bienniumEnd: string;
  creditsEarned: number;
  creditsRequired: number;
  creditsRemaining: number;
  compliant: boolean;
}

function addMonths(firstOfMonth: string, months: number): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The biennium containing `asOf`, anchored on the first day of the month the earliest ARRT
 * credential was issued (ARRT anchors on the birth month, which Gantry does not keep), and the
 * credits completed in it up to `asOf`. Null for someone holding no ARRT credential.
 */
export function ceStatus(credentials: readonly Credential[], activities: readonly ContinuingEducation[], asOf: string): CeStatus | null {
  const arrt = credentials.filter((credential) => arrtKinds.includes(credential.kind));
  if (arrt.length === 0) return null;
  const anchor = `${arrt
    .map((credential) => credential.issuedOn)
    .sort()[0]
    ?.slice(0, 7)}-01`;
  let start = anchor;
  while (addMonths(start, 24) <= asOf) start = addMonths(start, 24);
  const end = dayBefore(addMonths(start, 24));
  const earnedHundredths = activities
    .filter((activity) => activity.completedOn >= start && activity.completedOn <= end && activity.completedOn <= asOf)
    .reduce((sum, activity) => sum + Math.round(Number(activity.credits) * 100), 0);
  const creditsEarned = earnedHundredths / 100;
  return {
    bienniumStart: start,
    bienniumEnd: end,
    creditsEarned,
    creditsRequired: requiredCreditsPerBiennium,
    creditsRemaining: Math.max(0, requiredCreditsPerBiennium - creditsEarned),
    compliant: creditsEarned >= requiredCreditsPerBiennium,
  };
}
