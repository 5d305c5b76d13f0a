import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Text } from "@mantine/core";
import type { OrderPriority } from "../../__generated__/graphql.ts";
import { describeSchedulingError } from "../../errors.ts";
import { NextAvailableSlotQuery } from "../../operations/slot.ts";
import { formatSpan } from "../../time.ts";

/** The soonest open slot for the procedure at this priority, on any device (up to twelve weeks ahead). */
export function NextAvailable({ procedureId, priority }: { procedureId: string; priority: OrderPriority }) {
  const next = useGraphQLQuery(["scheduling", "next-available"], NextAvailableSlotQuery, { procedureId, priority });
  if (next.isPending) return null;
  if (next.isError)
    return (
      <Text size="sm" c="dimmed" data-testid="next-available">
        The next free slot could not be found: {describeSchedulingError(next.error)}
      </Text>
    );
  const slot = next.data.nextAvailableSlot;
  return (
    <Text size="sm" data-testid="next-available">
      {slot
        ? `Next available: ${formatSpan(slot.startsAt, slot.endsAt)} on ${slot.device.name}.`
        : "No open slot in the next twelve weeks."}
    </Text>
  );
}
