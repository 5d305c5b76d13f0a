import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { OrderStatusBadge, PriorityBadge } from "../components/Badges.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../components/PatientLabel.tsx";
import { laterality, patientClass, screening } from "../labels.ts";
import { OrderQuery, OrderWithoutNameQuery } from "../operations/imaging-order.ts";
import { useQueryWithPatient } from "../patient-fallback.ts";
import { formatDateTime } from "../time.ts";
import { NextAvailable } from "./order/NextAvailable.tsx";
import { OrderAppointments } from "./order/OrderAppointments.tsx";
import { OrderWaitlist } from "./order/OrderWaitlist.tsx";
import { TriageActions } from "./order/TriageActions.tsx";

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** One order: what, for whom, why, its triage, its appointments, and the way to book it. */
export function OrderScreen() {
  const { permissions, link } = useArea();
  const { orderId = "" } = useParams();
  const order = useQueryWithPatient(["scheduling", "order"], OrderQuery, OrderWithoutNameQuery, { id: orderId });

  if (!permissions.allows("readOrders"))
    return <NotAllowedPanel action="readOrders" title="You cannot see imaging orders" subject="Reading imaging orders" phi />;
  if (order.isPending) return <Loading label="Loading the order" />;
  if (order.isError) return <ErrorAlert error={order.error} title="Could not load the order" />;
  const found = order.data.data.imagingOrder;
  if (!found)
    return (
      <Alert color="yellow" role="alert" data-testid="order-not-found">
        No order with this id.
      </Alert>
    );
  const patient = order.data.full?.imagingOrder?.patient ?? null;
  const live = found.appointments.some((appointment) => ["PROPOSED", "PENDING", "BOOKED"].includes(appointment.status));

  return (
    <>
      <PageHeader
        title={`Order ${found.accessionNumber}`}
        description={found.procedure.name}
        actions={
          // The API says per order whether this person may book it now (active, and the catalogue allows).
          found.viewerCanBook && (
            <Button component={Link} to={link(`orders/${found.id}/book`)} data-testid="order-find-slot">
              Find a slot
            </Button>
          )
        }
      />
      <Stack>
        <Group gap="xs">
          <PriorityBadge value={found.priority} />
          <OrderStatusBadge value={found.status} />
          {found.triagedAt ? (
            <Text size="sm" c="dimmed">
              Triaged by {found.triagedBy} on {formatDateTime(found.triagedAt)}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Not triaged yet
            </Text>
          )}
        </Group>
        {found.status === "ON_HOLD" && (
          <Alert color="orange" title="On hold" role="status" data-testid="order-hold-reason">
            {found.holdReason}
          </Alert>
        )}
        <Paper component="section" withBorder p="md" data-testid="order-details" aria-labelledby="order-details-title">
          <Title order={3} size="h4" mb="sm" id="order-details-title">
            Details
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Field label="Patient" testId="order-patient">
              <PatientLabel patient={patient} link />
            </Field>
            <Field label="Procedure">
              {found.procedure.name} ({found.procedure.code}, {found.procedure.modality})
            </Field>
            <Field label="Laterality">{laterality.format(found.laterality)}</Field>
            <Field label="Reason">
              {found.reason.code}
              {found.reason.text ? `: ${found.reason.text}` : ""}
            </Field>
            <Field label="Referring provider">
              {found.referringProvider.name} (NPI {found.referringProvider.npi})
            </Field>
            <Field label="Patient class">{patientClass.format(found.patientClass)}</Field>
            <Field label="Protocol">{found.protocol ?? "—"}</Field>
            <Field label="Screenings needed">{found.procedure.screenings.map(screening.format).join(", ") || "None"}</Field>
            <Field label="Prior authorization">
              {found.requiresPriorAuthorization ? "Needed" : "Not needed"}
              {found.priorAuthorizationOverrideReason ? ` (overridden: ${found.priorAuthorizationOverrideReason})` : ""}
            </Field>
            <Field label="Ordered">
              {formatDateTime(found.orderedAt)} by {found.orderedBy}
            </Field>
            <Field label="Order numbers">
              Filler {found.fillerOrderNumber}
              {found.placerOrderNumber ? `, placer ${found.placerOrderNumber}` : ""}
            </Field>
            <Field label="Notes">{found.notes ?? "—"}</Field>
          </SimpleGrid>
        </Paper>
        {found.viewerCanBook && !live && <NextAvailable procedureId={found.procedure.id} priority={found.priority} />}
        <TriageActions order={found} hasLiveAppointment={live} />
        <OrderAppointments appointments={found.appointments} />
        {permissions.allows("readAppointments") && <OrderWaitlist order={found} />}
      </Stack>
    </>
  );
}
