import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { Alert, Anchor, Group, Table, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useArea } from "../area-context.tsx";
import { PriorityBadge } from "../components/Badges.tsx";
import { DateField } from "../components/DateField.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../components/PatientLabel.tsx";
import { WaitlistQuery, WaitlistWithoutNamesQuery } from "../operations/waitlist.ts";
import { useQueryWithPatient } from "../patient-fallback.ts";
import { dayFromToday, formatDate } from "../time.ts";

/** Who to call when a slot frees up: open waitlist entries whose days overlap the ones chosen, earliest first. */
export function WaitlistScreen() {
  const { permissions, link } = useArea();
  const [range, setRange] = useState({ from: dayFromToday(0), to: dayFromToday(13) });
  const list = useQueryWithPatient(["scheduling", "waitlist"], WaitlistQuery, WaitlistWithoutNamesQuery, range, {
    placeholderData: keepPreviousData,
  });
  if (!permissions.allows("readAppointments"))
    return <NotAllowedPanel action="readAppointments" title="You cannot see the waitlist" subject="The waitlist" phi />;
  const names = new Map((list.data?.full?.waitlist ?? []).map((entry) => [entry.id, entry.patient]));
  const entries = list.data?.data.waitlist ?? [];
  return (
    <>
      <PageHeader
        title="Waitlist"
        description="Patients who want an earlier slot: call them when one frees up on the days they could come."
      />
      <Group mb="md" role="search" aria-label="Waitlist days">
        <DateField label="From" clearable={false} value={range.from} onChange={(from) => from && setRange({ ...range, from })} />
        <DateField label="To" clearable={false} value={range.to} onChange={(to) => to && setRange({ ...range, to })} />
      </Group>
      {list.data?.full === null && (
        <Alert color="gray" mb="md" role="status">
          Patient names and MRNs are hidden: the Patients area does not show them to your role.
        </Alert>
      )}
      {list.isPending ? (
        <Loading label="Loading the waitlist" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} title="Could not load the waitlist" />
      ) : entries.length === 0 ? (
        <Text c="dimmed" data-testid="waitlist-empty">
          Nobody is waiting for a slot in these days.
        </Text>
      ) : (
        <Table striped aria-label="Waitlist" data-testid="waitlist-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Could come</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Order</Table.Th>
              <Table.Th>Priority</Table.Th>
              <Table.Th>Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="waitlist-row">
                <Table.Td>
                  {formatDate(entry.earliest)} – {formatDate(entry.latest)}
                </Table.Td>
                <Table.Td>
                  <PatientLabel patient={names.get(entry.id) ?? null} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={link(`orders/${entry.order.id}`)}>
                    {entry.order.accessionNumber}
                  </Anchor>{" "}
                  {entry.order.procedure.name}
                </Table.Td>
                <Table.Td>
                  <PriorityBadge value={entry.order.priority} />
                </Table.Td>
                <Table.Td>{entry.note ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
