import { Paper, Table, Text, Title } from "@mantine/core";
import type { AppointmentFieldsFragment } from "../../__generated__/graphql.ts";
import { appointmentStatus } from "../../labels.ts";
import { formatDateTime } from "../../time.ts";
import { describeChanges } from "./history-changes.ts";

/** Every change, oldest first: who, when, from which status to which, what changed and why. */
export function AppointmentHistory({ history }: { history: AppointmentFieldsFragment["history"] }) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="appointment-history-title">
      <Title order={3} size="h4" mb="sm" id="appointment-history-title">
        History
      </Title>
      <Table aria-label="Appointment history" data-testid="appointment-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Changes</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry, index) => (
            <Table.Tr key={`${entry.at}-${index}`} data-testid="appointment-history-row" data-action={entry.action}>
              <Table.Td>{formatDateTime(entry.at)}</Table.Td>
              <Table.Td>{entry.by}</Table.Td>
              <Table.Td>{entry.action.replace(/-/g, " ")}</Table.Td>
              <Table.Td>
                {entry.fromStatus ? `${appointmentStatus.format(entry.fromStatus)} → ` : ""}
                {appointmentStatus.format(entry.toStatus)}
              </Table.Td>
              <Table.Td>
                {describeChanges(entry.changes).map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{entry.reason ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
