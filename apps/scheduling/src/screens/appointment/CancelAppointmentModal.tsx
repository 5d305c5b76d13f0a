import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { AppointmentFieldsFragment, CancellationReason } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { cancellationReason } from "../../labels.ts";
import { CancelAppointmentMutation } from "../../operations/appointment.ts";
import { formatSpan } from "../../time.ts";

/** Less than this before the start counts as a late cancellation (the API's rule, for the statistics). */
const lateMs = 24 * 3_600_000;

/** Cancels with a coded reason (a note required for Other), after a confirmation; warns when it is late. */
export function CancelAppointmentModal({ appointment, onClose }: { appointment: AppointmentFieldsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<CancellationReason | null>(null);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<{ reason?: string; note?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const cancel = useGraphQLMutation(CancelAppointmentMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The appointment is cancelled.");
      onClose();
    },
  });
  const late = Date.parse(appointment.startsAt) - Date.now() < lateMs;
  const next = () => {
    const found = {
      reason: reason ? undefined : "Choose why",
      note: reason === "OTHER" && !note.trim() ? "Say why, for Other" : undefined,
    };
    setProblems(found);
    if (found.reason || found.note) return;
    if (!confirming) return setConfirming(true);
    if (reason) cancel.mutate({ input: { appointmentId: appointment.id, reason, note: note.trim() || null } });
  };
  return (
    <Modal opened onClose={onClose} title="Cancel appointment">
      <form
        noValidate
        aria-label="Cancel appointment"
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <Stack>
          <Text size="sm">
            {appointment.order.procedure.name}, {formatSpan(appointment.startsAt, appointment.endsAt)} on {appointment.device.name}.
          </Text>
          {late && (
            <Alert color="orange" title="Late cancellation" role="alert" data-testid="late-cancellation">
              The appointment starts in less than 24 hours: it counts as a late cancellation.
            </Alert>
          )}
          <FailureAlert title="The appointment was not cancelled" error={cancel.error} />
          {confirming ? (
            <Alert color="red" title="Are you sure?" role="alert" data-testid="cancel-confirm">
              Cancel this appointment ({cancellationReason.format(reason)})? Its time goes back to the schedule.
            </Alert>
          ) : (
            <>
              <Select
                label="Reason"
                withAsterisk
                data={cancellationReason.options}
                value={reason}
                error={problems.reason}
                onChange={(value) => setReason(value as CancellationReason | null)}
              />
              <Textarea
                label="Note"
                withAsterisk={reason === "OTHER"}
                description={reason === "OTHER" ? "Required for Other" : undefined}
                autosize
                minRows={2}
                maxLength={500}
                value={note}
                error={problems.note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming ? () => setConfirming(false) : onClose}>
              {confirming ? "Back" : "Keep the appointment"}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending} data-testid="cancel-submit">
              {confirming ? "Yes, cancel it" : "Cancel appointment"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
