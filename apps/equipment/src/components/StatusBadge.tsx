import { Badge } from "@mantine/core";
import { formatCode } from "../format.ts";

const deviceStatusColors: Record<string, string> = { ACTIVE: "green", DOWN: "red", MAINTENANCE: "orange", RETIRED: "gray" };

export function DeviceStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={deviceStatusColors[status] ?? "gray"} variant="light" data-testid="device-status" data-status={status}>
      {formatCode(status)}
    </Badge>
  );
}

const maintenanceStatusColors: Record<string, string> = { SCHEDULED: "blue", IN_PROGRESS: "orange", COMPLETED: "green", CANCELLED: "gray" };

export function MaintenanceStatusBadge({ status, overdue = false }: { status: string; overdue?: boolean }) {
  return (
    <Badge
      color={overdue ? "red" : (maintenanceStatusColors[status] ?? "gray")}
      variant={overdue ? "filled" : "light"}
      data-testid="maintenance-status"
    >
      {overdue ? "Overdue" : formatCode(status)}
    </Badge>
  );
}

/** A probe's (or any device's) fitness for the next exam. */
export function SafeToUseBadge({ safe }: { safe: boolean }) {
  return (
    <Badge color={safe ? "green" : "red"} variant={safe ? "light" : "filled"} data-testid="safe-to-use" data-safe={String(safe)}>
      {safe ? "Safe to use" : "Do not use"}
    </Badge>
  );
}
