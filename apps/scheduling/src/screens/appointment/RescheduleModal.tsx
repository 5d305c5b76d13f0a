import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { keepPreviousData, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { AppointmentFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { BlockersPanel, type OverrideChoice } from "../../components/BlockersPanel.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { choiceOf, type SlotChoice } from "../../components/slot-choice.ts";
import { SlotList } from "../../components/SlotList.tsx";
import { SlotSearchForm, slotSearchProblem, type SlotSearchValues } from "../../components/SlotSearchForm.tsx";
import { blockersOf, errorCode } from "../../errors.ts";
import { RescheduleAppointmentMutation } from "../../operations/appointment.ts";
import { FindSlotsQuery } from "../../operations/slot.ts";
import { notifyDone } from "../../notify.ts";
import { dayFromToday, formatSpan } from "../../time.ts";

/** Moves the appointment to another open slot (same record and history), with a reason; every rule is checked again. */
export function RescheduleModal({
  appointment,
  patientId,
  onClose,
}: {
  appointment: AppointmentFieldsFragment;
  patientId: string;
  onClose: () => void;
}) {
  const { permissions, link } = useArea();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState<SlotSearchValues>({ from: dayFromToday(0), to: dayFromToday(13), deviceId: null });
  const [choice, setChoice] = useState<SlotChoice | null>(null);
  const [technologistId, setTechnologistId] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const slots = useGraphQLQuery(
    ["scheduling", "slots"],
    FindSlotsQuery,
    { search: { orderId: appointment.order.id, from: search.from, to: search.to, deviceId: search.deviceId }, first: 50 },
    { enabled: slotSearchProblem(search) === null, placeholderData: keepPreviousData },
  );
  const choices = useMemo(() => (slots.data?.findSlots ?? []).map(choiceOf), [slots.data]);
  const move = useGraphQLMutation(RescheduleAppointmentMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The appointment is moved.");
      onClose();
    },
    onError: (error) => {
      if (errorCode(error) === "CONFLICT") void slots.refetch();
    },
  });
  const send = (overrides: OverrideChoice[] = []) => {
    if (!choice) return setProblem("Choose the new slot first");
    if (reason.trim().length < 3) return setProblem("Say why it is moved, in a few words");
    setProblem(null);
    move.mutate({
      input: {
        appointmentId: appointment.id,
        startsAt: choice.startsAt,
        deviceId: choice.deviceId,
        technologistId,
        reason: reason.trim(),
        overrides: overrides.length > 0 ? overrides : null,
      },
    });
  };
  const blockers = blockersOf(move.error);
  return (
    <Modal opened onClose={onClose} title="Reschedule appointment" size="xl">
      <Stack>
        <SlotSearchForm modality={appointment.order.procedure.modality} values={search} onChange={setSearch} />
        {slots.isPending ? (
          <Loading label="Finding open slots" />
        ) : slots.isError ? (
          <ErrorAlert error={slots.error} title="Could not find slots" />
        ) : (
          <SlotList
            slots={choices}
            selected={choice}
            onChoose={(slot) => {
              setChoice(slot);
              setTechnologistId(slot.technologists[0]?.id ?? null);
            }}
          />
        )}
        {choice && (
          <Select
            label="Technologist"
            data={choice.technologists.map((person) => ({ value: person.id, label: person.name.text }))}
            value={technologistId}
            onChange={setTechnologistId}
            clearable
          />
        )}
        <Textarea
          label="Why is it moved"
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {errorCode(move.error) === "CONFLICT" && (
          <Alert color="orange" role="alert" title="This time was taken meanwhile">
            Someone else took this time while you were looking. The open slots have been refreshed; choose another.
          </Alert>
        )}
        {blockers.length > 0 && choice ? (
          <BlockersPanel
            blockers={blockers}
            context={{
              patientId,
              deviceId: choice.deviceId,
              technologistId,
              orderId: appointment.order.id,
              schedulesLink: link(`schedules?device=${choice.deviceId}`),
              orderLink: link(`orders/${appointment.order.id}`),
              catalogueLink: link("catalogue"),
            }}
            canOverride={permissions.allows("overrideBookingRules")}
            overrideWho={permissions.who("overrideBookingRules")}
            pending={move.isPending}
            onOverride={send}
          />
        ) : (
          errorCode(move.error) !== "CONFLICT" && <FailureAlert title="The appointment was not moved" error={move.error} />
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it where it is
          </Button>
          <Button onClick={() => send()} loading={move.isPending} data-testid="reschedule-submit">
            {choice ? `Move to ${formatSpan(choice.startsAt, choice.endsAt)}` : "Move appointment"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
