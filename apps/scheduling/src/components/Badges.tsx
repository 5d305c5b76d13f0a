import { Badge } from "@mantine/core";
import { appointmentStatus, orderStatus, priority } from "../labels.ts";

// STAT is the one a technologist must not miss: red and filled; the rest lighter by urgency.
const priorityColors: Record<string, string> = { STAT: "red", ASAP: "orange", URGENT: "yellow", ROUTINE: "gray" };

export function PriorityBadge({ value }: { value: string }) {
  return (
    <Badge
      color={priorityColors[value] ?? "gray"}
      variant={value === "STAT" ? "filled" : "light"}
      data-testid="priority"
      data-priority={value}
    >
      {priority.format(value)}
    </Badge>
  );
}

const orderStatusColors: Record<string, string> = { ACTIVE: "blue", ON_HOLD: "orange", DRAFT: "gray", REVOKED: "red", COMPLETED: "green" };

export function OrderStatusBadge({ value }: { value: string }) {
  return (
    <Badge color={orderStatusColors[value] ?? "gray"} variant="light" data-testid="order-status" data-status={value}>
      {orderStatus.format(value)}
    </Badge>
  );
}

const appointmentColors: Record<string, string> = {
  BOOKED: "blue",
  PROPOSED: "orange",
  CANCELLED: "gray",
  FULFILLED: "green",
  NOSHOW: "red",
};

export function AppointmentStatusBadge({ value }: { value: string }) {
  return (
    <Badge color={appointmentColors[value] ?? "gray"} variant="light" data-testid="appointment-status" data-status={value}>
      {appointmentStatus.format(value)}
    </Badge>
  );
}
