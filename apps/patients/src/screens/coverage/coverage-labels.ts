import type { CoverageStatus, CoverageVerificationOutcome, SubscriberRelation } from "../../__generated__/graphql.ts";

export const coverageStatusOptions: { value: CoverageStatus; label: string }[] = [
  { value: "ACTIVE", label: "Active" },
  { value: "DRAFT", label: "Draft" },
  { value: "CANCELLED", label: "Cancelled" },
  { value: "ENTERED_IN_ERROR", label: "Entered in error" },
];

export const subscriberRelationOptions: { value: SubscriberRelation; label: string }[] = [
  { value: "SELF", label: "Self" },
  { value: "SPOUSE", label: "Spouse" },
  { value: "CHILD", label: "Child" },
  { value: "OTHER", label: "Other" },
];

export const verificationOutcomeOptions: { value: CoverageVerificationOutcome; label: string }[] = [
  { value: "ELIGIBLE", label: "Eligible" },
  { value: "NOT_ELIGIBLE", label: "Not eligible" },
  { value: "COULD_NOT_VERIFY", label: "Could not verify" },
];

export const coverageStatusColor: Record<CoverageStatus, string> = {
  ACTIVE: "green",
  DRAFT: "blue",
  CANCELLED: "gray",
  ENTERED_IN_ERROR: "red",
};
export const verificationColor: Record<CoverageVerificationOutcome, string> = {
  ELIGIBLE: "green",
  NOT_ELIGIBLE: "red",
  COULD_NOT_VERIFY: "orange",
};

export function labelOf<Value extends string>(options: { value: Value; label: string }[], value: Value): string {
  return options.find((option) => option.value === value)?.label ?? value;
}
