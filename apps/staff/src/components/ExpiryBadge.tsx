import { Badge } from "@mantine/core";
import { formatDaysLeft } from "../format.ts";

/** The 90/60/30-day bands the department watches, with the colours every screen uses. */
export const bandStyles: Record<string, { label: string; color: string }> = {
  EXPIRED: { label: "Expired", color: "red" },
  WITHIN_30_DAYS: { label: "Within 30 days", color: "orange" },
  WITHIN_60_DAYS: { label: "Within 60 days", color: "yellow" },
  WITHIN_90_DAYS: { label: "Within 90 days", color: "blue" },
  LATER: { label: "Current", color: "green" },
};

export function bandOf(daysLeft: number): string {
  if (daysLeft < 0) return "EXPIRED";
  if (daysLeft <= 30) return "WITHIN_30_DAYS";
  if (daysLeft <= 60) return "WITHIN_60_DAYS";
  if (daysLeft <= 90) return "WITHIN_90_DAYS";
  return "LATER";
}

export function ExpiryBadge({ band, daysLeft }: { band: string; daysLeft: number }) {
  const style = bandStyles[band] ?? { label: band, color: "gray" };
  return (
    <Badge color={style.color} variant={band === "EXPIRED" ? "filled" : "light"} title={formatDaysLeft(daysLeft)}>
      {style.label}
    </Badge>
  );
}

const verificationColors: Record<string, string> = { VERIFIED: "green", UNVERIFIED: "gray", FAILED: "red" };

export function VerificationBadge({ status }: { status: string }) {
  const label = status.charAt(0) + status.slice(1).toLowerCase();
  return (
    <Badge color={verificationColors[status] ?? "gray"} variant="light" data-testid="credential-verification">
      {label}
    </Badge>
  );
}
