import { Anchor, Paper, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { OrderFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { AppointmentStatusBadge } from "../../components/Badges.tsx";
import { formatSpan } from "../../time.ts";

/** The order's appointments in time order: first booking, holds and cancellations included. */
export function OrderAppointments({ appointments }: { appointments: OrderFieldsFragment["appointments"] }) {
  const { link } = useArea();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="order-appointments-title">
      <Title order={3} size="h4" mb="sm" id="order-appointments-title">
        Appointments
      </Title>
      {appointments.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="order-appointments-empty">
          None yet.
        </Text>
      ) : (
        <Table aria-label="Appointments of the order" data-testid="order-appointments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appointments.map((appointment) => (
              <Table.Tr key={appointment.id} data-testid="order-appointment-row">
                <Table.Td>
                  <Anchor component={Link} to={link(`appointments/${appointment.id}`)}>
                    {formatSpan(appointment.startsAt, appointment.endsAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <AppointmentStatusBadge value={appointment.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
