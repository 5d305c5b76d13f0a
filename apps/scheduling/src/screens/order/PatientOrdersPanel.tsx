import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, List, Text } from "@mantine/core";
import { Link } from "react-router";
import { useArea } from "../../area-context.tsx";
import { describeSchedulingError } from "../../errors.ts";
import { orderStatus } from "../../labels.ts";
import { PatientSchedulingQuery } from "../../operations/patient.ts";
import { formatDate, formatDateTime } from "../../time.ts";

/** The patient's open orders and coming appointments, so the same exam is not ordered twice. */
export function PatientOrdersPanel({ patientId }: { patientId: string }) {
  const { link } = useArea();
  const answer = useGraphQLQuery(["scheduling", "patient-scheduling"], PatientSchedulingQuery, { id: patientId });
  if (answer.isPending) return null;
  if (answer.isError)
    return (
      <Text size="sm" c="dimmed">
        The patient's orders could not be read: {describeSchedulingError(answer.error)}
      </Text>
    );
  const patient = answer.data.patient;
  const open = (patient?.imagingOrders ?? []).filter((order) => ["ACTIVE", "ON_HOLD", "DRAFT"].includes(order.status));
  const coming = (patient?.appointments ?? []).filter(
    (appointment) => appointment.status === "BOOKED" && Date.parse(appointment.startsAt) > Date.now(),
  );
  if (open.length === 0 && coming.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="patient-orders-none">
        No open order or coming appointment for this patient.
      </Text>
    );
  return (
    <div data-testid="patient-orders">
      <Text size="sm" fw={600}>
        Already on file for this patient
      </Text>
      <List size="sm">
        {open.map((order) => (
          <List.Item key={order.id}>
            <Anchor component={Link} to={link(`orders/${order.id}`)}>
              {order.accessionNumber}
            </Anchor>{" "}
            {order.procedure.name}, {orderStatus.format(order.status)}, ordered {formatDate(order.orderedAt)}
          </List.Item>
        ))}
        {coming.map((appointment) => (
          <List.Item key={appointment.id}>
            <Anchor component={Link} to={link(`appointments/${appointment.id}`)}>
              {formatDateTime(appointment.startsAt)}
            </Anchor>{" "}
            on {appointment.device.name}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
