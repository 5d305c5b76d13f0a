import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Paper, Table, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { OrderFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { notifyDone } from "../../notify.ts";
import { AddToWaitlistMutation, RemoveFromWaitlistMutation } from "../../operations/waitlist.ts";
import { dayFromToday, formatDate, formatDateTime } from "../../time.ts";

/** The patient wants an earlier slot (or any, when none suits yet): the days they could come, to call them when one frees up. */
export function OrderWaitlist({ order }: { order: OrderFieldsFragment }) {
  const { permissions } = useArea();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ earliest: dayFromToday(1), latest: dayFromToday(28), note: "" });
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
    notifyDone(message);
  };
  const add = useGraphQLMutation(AddToWaitlistMutation, { onSuccess: () => done("Added to the waitlist.") });
  const remove = useGraphQLMutation(RemoveFromWaitlistMutation, { onSuccess: () => done("Taken off the waitlist.") });
  const canKeep = permissions.allows("bookAppointments") && ["ACTIVE", "ON_HOLD", "DRAFT"].includes(order.status);
  const problem = values.latest < values.earliest ? "The last day is before the first" : null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="order-waitlist-title" data-testid="order-waitlist">
      <Title order={3} size="h4" mb="sm" id="order-waitlist-title">
        Waitlist
      </Title>
      <FailureAlert title="The waitlist was not changed" error={add.error ?? remove.error} />
      {order.waitlistEntries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not on the waitlist.
        </Text>
      ) : (
        <Table aria-label="Waitlist entries of the order">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Could come</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>Added</Table.Th>
              {canKeep && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.waitlistEntries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="order-waitlist-row">
                <Table.Td>
                  {formatDate(entry.earliest)} – {formatDate(entry.latest)}
                </Table.Td>
                <Table.Td>{entry.note ?? "—"}</Table.Td>
                <Table.Td>
                  {formatDateTime(entry.addedAt)} by {entry.addedBy}
                </Table.Td>
                {canKeep && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate({ id: entry.id })}
                      loading={remove.isPending}
                    >
                      Take off the waitlist
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canKeep && (
        <form
          noValidate
          aria-label="Add to the waitlist"
          onSubmit={(event) => {
            event.preventDefault();
            if (problem) return;
            add.mutate({
              input: { orderId: order.id, earliest: values.earliest, latest: values.latest, note: values.note.trim() || null },
            });
          }}
        >
          <Group align="flex-start" mt="sm">
            <DateField
              label="Earliest day"
              clearable={false}
              value={values.earliest}
              onChange={(earliest) => earliest && setValues({ ...values, earliest })}
            />
            <DateField
              label="Latest day"
              clearable={false}
              value={values.latest}
              error={problem}
              onChange={(latest) => latest && setValues({ ...values, latest })}
            />
            <TextInput
              label="Waitlist note"
              maxLength={500}
              value={values.note}
              onChange={(event) => setValues({ ...values, note: event.currentTarget.value })}
            />
            <Button type="submit" variant="light" mt={25} loading={add.isPending} data-testid="waitlist-add">
              Add to the waitlist
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
