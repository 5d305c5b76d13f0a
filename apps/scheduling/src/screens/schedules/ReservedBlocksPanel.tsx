import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DeviceScheduleQuery } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { reservedPriority, weekdays } from "../../labels.ts";
import { RemoveReservedBlockMutation } from "../../operations/schedule.ts";
import { formatDate } from "../../time.ts";
import { AddReservedBlockModal } from "./AddReservedBlockModal.tsx";

type Blocks = NonNullable<DeviceScheduleQuery["device"]>["reservedBlocks"];

/** Weekly time kept for a priority or a procedure group (e.g. two STAT slots a day on CT). */
export function ReservedBlocksPanel({ deviceId, blocks, canManage }: { deviceId: string; blocks: Blocks; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const remove = useGraphQLMutation(RemoveReservedBlockMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("Reserved block removed.");
    },
  });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="reserved-title" data-testid="reserved-blocks">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="reserved-title">
          Reserved blocks
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="reserved-add">
            Add reserved block
          </Button>
        )}
      </Group>
      <FailureAlert title="The block was not removed" error={remove.error} />
      {blocks.length === 0 ? (
        <Text c="dimmed" size="sm">
          No time is reserved on this device.
        </Text>
      ) : (
        <Table aria-label="Reserved blocks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Day</Table.Th>
              <Table.Th>Time</Table.Th>
              <Table.Th>Kept for</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
              {canManage && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {blocks.map((block) => {
              const keptFor = [block.forPriority ? reservedPriority.format(block.forPriority) : null, block.forGroup]
                .filter(Boolean)
                .join(", ");
              return (
                <Table.Tr key={block.id} data-testid="reserved-row">
                  <Table.Td>{weekdays.format(String(block.weekday))}</Table.Td>
                  <Table.Td>
                    {block.starts}–{block.ends}
                  </Table.Td>
                  <Table.Td>{keptFor}</Table.Td>
                  <Table.Td>{formatDate(block.validFrom)}</Table.Td>
                  <Table.Td>{block.validTo ? formatDate(block.validTo) : "open-ended"}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove the block of ${weekdays.format(String(block.weekday))} ${block.starts}`}
                        loading={remove.isPending && remove.variables.id === block.id}
                        onClick={() => remove.mutate({ id: block.id })}
                      >
                        Remove
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {adding && <AddReservedBlockModal deviceId={deviceId} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
