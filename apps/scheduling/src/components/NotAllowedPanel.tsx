import { Alert } from "@mantine/core";
import { useArea } from "../area-context.tsx";
import type { SchedulingAction } from "../permissions.ts";

export interface NotAllowedPanelProps {
  action: SchedulingAction;
  /** e.g. "You cannot see the order queue". */
  title: string;
  /** What the action covers, as the sentence's subject: "The order queue", "Booking appointments". */
  subject: string;
  /** Orders and appointments are PHI: say why they are kept from this role. */
  phi?: boolean;
}

/** Why a screen is not shown, with who may see it, from the catalogue (never a bare "no access"). */
export function NotAllowedPanel({ action, title, subject, phi = false }: NotAllowedPanelProps) {
  const { permissions } = useArea();
  return (
    <Alert color="yellow" title={title} role="alert" data-testid="scheduling-not-allowed">
      {subject} is open to {permissions.who(action)}.
      {phi ? " Orders and appointments say who is having which exam, which is protected health information." : ""} Ask your department
      administrator if your work requires it.
    </Alert>
  );
}
