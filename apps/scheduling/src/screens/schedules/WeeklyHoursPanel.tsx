import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DeviceScheduleQuery } from "../../__generated__/graphql.ts";
import { weekdays } from "../../labels.ts";
import { SetWeeklyHoursMutation } from "../../operations/schedule.ts";
import { formatDate } from "../../time.ts";
import { WeeklyHoursEditor, type Interval } from "./WeeklyHoursEditor.tsx";

type Hours = NonNullable<DeviceScheduleQuery["device"]>["weeklyHours"];

/** The weekly pattern in force and any announced one; coordinators replace it from a date. */
export function WeeklyHoursPanel({ deviceId, hours, canManage }: { deviceId: string; hours: Hours; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const save = useGraphQLMutation(SetWeeklyHoursMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("Weekly hours saved.");
      setEditing(false);
    },
  });
  // The editor starts from the newest pattern: the one a change most likely continues.
  const newest = hours.reduce<string | null>(
    (latest, entry) => (latest === null || entry.validFrom > latest ? entry.validFrom : latest),
    null,
  );
  const start: Interval[] = hours
    .filter((entry) => entry.validFrom === newest)
    .map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="weekly-hours-title" data-testid="weekly-hours">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="weekly-hours-title">
          Weekly hours
        </Title>
        {canManage && !editing && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="weekly-hours-edit">
            Change weekly hours
          </Button>
        )}
      </Group>
      {editing ? (
        <WeeklyHoursEditor
          initial={start}
          pending={save.isPending}
          error={save.error}
          onCancel={() => setEditing(false)}
          onSave={(validFrom, intervals) => save.mutate({ deviceId, validFrom, hours: intervals })}
        />
      ) : hours.length === 0 ? (
        <Text c="dimmed" size="sm">
          No opening hours: the device is closed every day.
        </Text>
      ) : (
        <Table aria-label="Weekly hours">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Day</Table.Th>
              <Table.Th>Opens</Table.Th>
              <Table.Th>Closes</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hours.map((entry) => (
              <Table.Tr key={entry.id} data-testid="weekly-hours-row">
                <Table.Td>{weekdays.format(String(entry.weekday))}</Table.Td>
                <Table.Td>{entry.opens}</Table.Td>
                <Table.Td>{entry.closes}</Table.Td>
                <Table.Td>{formatDate(entry.validFrom)}</Table.Td>
                <Table.Td>{entry.validTo ? formatDate(entry.validTo) : "open-ended"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
