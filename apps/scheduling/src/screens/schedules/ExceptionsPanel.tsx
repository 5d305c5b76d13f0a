import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DeviceScheduleQuery } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { RemoveScheduleExceptionMutation } from "../../operations/schedule.ts";
import { formatDate } from "../../time.ts";
import { AddExceptionModal } from "./AddExceptionModal.tsx";

type Exceptions = NonNullable<DeviceScheduleQuery["device"]>["scheduleExceptions"];

/** Dates whose hours replace the week's (holidays, extended hours) for the coming year. */
export function ExceptionsPanel({ deviceId, exceptions, canManage }: { deviceId: string; exceptions: Exceptions; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const remove = useGraphQLMutation(RemoveScheduleExceptionMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("Exception removed.");
    },
  });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="exceptions-title" data-testid="schedule-exceptions">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="exceptions-title">
          Exceptions
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="exception-add">
            Add exception
          </Button>
        )}
      </Group>
      <FailureAlert title="The exception was not removed" error={remove.error} />
      {exceptions.length === 0 ? (
        <Text c="dimmed" size="sm">
          No exception in the coming year.
        </Text>
      ) : (
        <Table aria-label="Schedule exceptions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Hours</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Added by</Table.Th>
              {canManage && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exceptions.map((exception) => (
              <Table.Tr key={exception.id} data-testid="exception-row">
                <Table.Td>{formatDate(exception.date)}</Table.Td>
                <Table.Td>{exception.closed ? "Closed" : `${exception.opens ?? "?"}–${exception.closes ?? "?"}`}</Table.Td>
                <Table.Td>{exception.reason}</Table.Td>
                <Table.Td>{exception.createdBy}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove the exception of ${formatDate(exception.date)}`}
                      loading={remove.isPending && remove.variables.id === exception.id}
                      onClick={() => remove.mutate({ id: exception.id })}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && <AddExceptionModal deviceId={deviceId} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
