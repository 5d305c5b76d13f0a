import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { AppointmentStatusBadge, PriorityBadge } from "../components/Badges.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../components/PatientLabel.tsx";
import { cancellationReason } from "../labels.ts";
import { AppointmentQuery, AppointmentWithoutNameQuery } from "../operations/appointment.ts";
import { useQueryWithPatient } from "../patient-fallback.ts";
import { formatDateTime, formatSpan } from "../time.ts";
import { AppointmentHistory } from "./appointment/AppointmentHistory.tsx";
import { CancelAppointmentModal } from "./appointment/CancelAppointmentModal.tsx";
import { ReportIncident } from "./appointment/ReportIncident.tsx";
import { RescheduleModal } from "./appointment/RescheduleModal.tsx";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One appointment: where, when, with whom, its full history, and moving or cancelling it. */
export function AppointmentScreen() {
  const { permissions, link } = useArea();
  const { appointmentId = "" } = useParams();
  const [dialog, setDialog] = useState<"cancel" | "reschedule" | null>(null);
  const answer = useQueryWithPatient(["scheduling", "appointment"], AppointmentQuery, AppointmentWithoutNameQuery, { id: appointmentId });

  if (!permissions.allows("readAppointments"))
    return <NotAllowedPanel action="readAppointments" title="You cannot see appointments" subject="Reading appointments" phi />;
  if (answer.isPending) return <Loading label="Loading the appointment" />;
  if (answer.isError) return <ErrorAlert error={answer.error} title="Could not load the appointment" />;
  const appointment = answer.data.data.appointment;
  if (!appointment)
    return (
      <Alert color="yellow" role="alert" data-testid="appointment-not-found">
        No appointment with this id.
      </Alert>
    );
  const patient = answer.data.full?.appointment?.patient ?? null;
  // The API says whether this person may move or cancel it now (its status and the catalogue).
  const canChange = appointment.viewerCanChange;

  return (
    <>
      <PageHeader
        title={`Appointment: ${appointment.order.procedure.name}`}
        description={formatSpan(appointment.startsAt, appointment.endsAt)}
        actions={
          canChange && (
            <>
              <Button variant="light" onClick={() => setDialog("reschedule")} data-testid="appointment-reschedule">
                Reschedule
              </Button>
              <Button variant="light" color="red" onClick={() => setDialog("cancel")} data-testid="appointment-cancel">
                Cancel appointment
              </Button>
            </>
          )
        }
      />
      <Stack>
        <Group gap="xs">
          <AppointmentStatusBadge value={appointment.status} />
          <PriorityBadge value={appointment.order.priority} />
          {appointment.overbooked && (
            <Badge color="orange" variant="filled">
              Overbooked
            </Badge>
          )}
        </Group>
        {appointment.cancellation && (
          <Alert
            color="gray"
            title={appointment.cancellation.late ? "Cancelled late" : "Cancelled"}
            role="status"
            data-testid="appointment-cancellation"
          >
            {cancellationReason.format(appointment.cancellation.reason)}
            {appointment.cancellation.note ? `: ${appointment.cancellation.note}` : ""} — {appointment.cancellation.by},{" "}
            {formatDateTime(appointment.cancellation.at)}
          </Alert>
        )}
        <Paper component="section" withBorder p="md" data-testid="appointment-details" aria-labelledby="appointment-details-title">
          <Title order={3} size="h4" mb="sm" id="appointment-details-title">
            Details
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Field label="Patient">
              <PatientLabel patient={patient} link />
            </Field>
            <Field label="Order">
              <Anchor component={Link} to={link(`orders/${appointment.order.id}`)}>
                {appointment.order.accessionNumber}
              </Anchor>
            </Field>
            <Field label="When">
              <span data-testid="appointment-when">{formatSpan(appointment.startsAt, appointment.endsAt)}</span> ({appointment.minutes} min)
            </Field>
            <Field label="Device">
              <span data-testid="appointment-device">{appointment.device.name}</span>
            </Field>
            <Field label="Technologist">{appointment.technologist?.name.text ?? "None assigned"}</Field>
            <Field label="Booked">
              {appointment.bookedAt ? `${formatDateTime(appointment.bookedAt)} by ${appointment.bookedBy ?? "—"}` : "—"}
            </Field>
            {appointment.overbookReason && <Field label="Why overbooked">{appointment.overbookReason}</Field>}
            {appointment.holdExpiresAt && <Field label="Hold expires">{formatDateTime(appointment.holdExpiresAt)}</Field>}
          </SimpleGrid>
        </Paper>
        <ReportIncident appointmentId={appointment.id} />
        <AppointmentHistory history={appointment.history} />
      </Stack>
      {dialog === "cancel" && <CancelAppointmentModal appointment={appointment} onClose={() => setDialog(null)} />}
      {dialog === "reschedule" && (
        <RescheduleModal appointment={appointment} patientId={appointment.patient.id} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
