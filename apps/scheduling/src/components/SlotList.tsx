import { Badge, Button, Table, Text, VisuallyHidden } from "@mantine/core";
import { formatSpan } from "../time.ts";
import { sameSlot, type SlotChoice } from "./slot-choice.ts";

/** The slots found, soonest first (the API's order): device, time, who could run it, reserved time. */
export function SlotList({
  slots,
  selected,
  onChoose,
}: {
  slots: readonly SlotChoice[];
  selected: SlotChoice | null;
  onChoose: (slot: SlotChoice) => void;
}) {
  if (slots.length === 0)
    return (
      <Text c="dimmed" data-testid="slots-empty">
        No open slot in these days. Try a longer range or another device.
      </Text>
    );
  return (
    <Table striped highlightOnHover aria-label="Open slots" data-testid="slots-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Device</Table.Th>
          <Table.Th>Technologists free</Table.Th>
          <Table.Th>
            <VisuallyHidden>Choose</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {slots.map((slot) => {
          const chosen = sameSlot(slot, selected);
          const when = formatSpan(slot.startsAt, slot.endsAt);
          return (
            <Table.Tr key={`${slot.deviceId}-${slot.startsAt}`} data-testid="slot-row" data-starts-at={slot.startsAt} data-chosen={chosen}>
              <Table.Td>
                {when}{" "}
                {slot.reserved && (
                  <Badge color="violet" variant="light" size="sm" data-testid="slot-reserved">
                    Reserved
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{slot.deviceName}</Table.Td>
              <Table.Td>{slot.technologists.map((person) => person.name.text).join(", ") || "None free"}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant={chosen ? "filled" : "light"}
                  onClick={() => onChoose(slot)}
                  // The name starts with the visible word (WCAG 2.5.3: what a voice user says is what they see).
                  aria-label={`${chosen ? "Chosen" : "Choose"} ${when} on ${slot.deviceName}`}
                >
                  {chosen ? "Chosen" : "Choose"}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
