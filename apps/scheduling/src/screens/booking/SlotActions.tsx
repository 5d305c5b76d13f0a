import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useArea } from "../../area-context.tsx";
import { BlockersPanel, type OverrideChoice } from "../../components/BlockersPanel.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { HoldCountdown } from "../../components/HoldCountdown.tsx";
import type { SlotChoice } from "../../components/slot-choice.ts";
import { blockersOf, errorCode } from "../../errors.ts";
import { BookAppointmentMutation, HoldSlotMutation, ReleaseHoldMutation } from "../../operations/appointment.ts";
import { formatSpan, formatTime } from "../../time.ts";

export interface SlotActionsProps {
  order: { id: string; patientId: string };
  choice: SlotChoice;
  onBooked: (appointmentId: string) => void;
}

interface Attempt {
  overbookReason: string | null;
}

/**
 * What can be done with one chosen slot: hold it while talking to the patient, book it, or (for
 * those allowed) overbook it with a reason. A refusal by the rules shows the blockers, which those
 * allowed may override and book again.
 */
export function SlotActions({ order, choice, onBooked }: SlotActionsProps) {
  const { permissions, link } = useArea();
  const queryClient = useQueryClient();
  const [technologistId, setTechnologistId] = useState<string | null>(choice.technologists[0]?.id ?? null);
  const [hold, setHold] = useState<{ id: string; expiresAt: string } | null>(null);
  const [holdExpired, setHoldExpired] = useState(false);
  const [overbooking, setOverbooking] = useState(false);
  const [overbookReason, setOverbookReason] = useState("");
  const [overbookProblem, setOverbookProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<Attempt>({ overbookReason: null });
  // Every key of the area starts with its name: the slots, the calendar and the order refresh together.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["scheduling"] });

  const book = useGraphQLMutation(BookAppointmentMutation, {
    onSuccess: (data) => {
      refresh();
      onBooked(data.bookAppointment.id);
    },
    onError: (error) => {
      if (errorCode(error) === "CONFLICT") refresh();
    },
  });
  const holdSlot = useGraphQLMutation(HoldSlotMutation, {
    onSuccess: (data) => {
      setHoldExpired(false);
      setHold(data.holdSlot.holdExpiresAt ? { id: data.holdSlot.id, expiresAt: data.holdSlot.holdExpiresAt } : null);
      refresh();
    },
    onError: (error) => {
      if (errorCode(error) === "CONFLICT") refresh();
    },
  });
  const release = useGraphQLMutation(ReleaseHoldMutation, {
    onSuccess: () => {
      setHold(null);
      refresh();
    },
  });
  const expired = useCallback(() => {
    setHold(null);
    setHoldExpired(true);
  }, []);

  const send = (next: Attempt, overrides: OverrideChoice[] = []) => {
    setAttempt(next);
    book.mutate({
      input: {
        orderId: order.id,
        deviceId: choice.deviceId,
        technologistId,
        startsAt: choice.startsAt,
        holdId: hold?.id ?? null,
        overbookReason: next.overbookReason,
        overrides: overrides.length > 0 ? overrides : null,
      },
    });
  };
  const blockers = blockersOf(book.error);
  const taken = errorCode(book.error) === "CONFLICT" || errorCode(holdSlot.error) === "CONFLICT";
  const canOverbook = permissions.allows("overbook");
  const technologistOptions = choice.technologists.map((person) => ({ value: person.id, label: person.name.text }));

  return (
    <Paper component="section" withBorder p="md" data-testid="slot-actions" aria-labelledby="slot-actions-title">
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4" id="slot-actions-title">
            {formatSpan(choice.startsAt, choice.endsAt)} on {choice.deviceName}
          </Title>
          <Group gap="xs">
            {choice.reserved && (
              <Badge color="violet" variant="light">
                Reserved time
              </Badge>
            )}
            {choice.picked && (
              <Badge color="gray" variant="light">
                Picked on the calendar
              </Badge>
            )}
            {hold && <HoldCountdown expiresAt={hold.expiresAt} onExpired={expired} />}
          </Group>
        </Group>
        {technologistOptions.length > 0 ? (
          <Select
            label="Technologist"
            data={technologistOptions}
            value={technologistId}
            onChange={setTechnologistId}
            allowDeselect={false}
            data-testid="slot-technologist"
          />
        ) : (
          <Text size="sm" c="dimmed">
            No technologist is offered for this time; it is booked without one.
          </Text>
        )}
        {holdExpired && (
          <Alert color="yellow" role="status" data-testid="hold-expired">
            The hold ran out: the slot is open to others again. Book it now if it is still free, or hold it again.
          </Alert>
        )}
        {taken && (
          <Alert color="orange" role="alert" title="This time was taken meanwhile" data-testid="slot-taken">
            Someone else booked or held this time while you were looking. The open slots have been refreshed; choose another.
            {canOverbook ? " You may still overbook it, with a reason." : ""}
          </Alert>
        )}
        {blockers.length > 0 ? (
          <BlockersPanel
            blockers={blockers}
            context={{
              patientId: order.patientId,
              deviceId: choice.deviceId,
              technologistId,
              orderId: order.id,
              schedulesLink: link(`schedules?device=${choice.deviceId}`),
              orderLink: link(`orders/${order.id}`),
              catalogueLink: link("catalogue"),
            }}
            canOverride={permissions.allows("overrideBookingRules")}
            overrideWho={permissions.who("overrideBookingRules")}
            pending={book.isPending}
            onOverride={(overrides) => send(attempt, overrides)}
          />
        ) : (
          !taken && <FailureAlert title="The appointment was not booked" error={book.error} testId="booking-error" />
        )}
        <FailureAlert title="The slot was not held" error={taken ? null : holdSlot.error} testId="hold-error" />
        <FailureAlert title="The hold was not released" error={release.error} />
        {overbooking && (
          <Textarea
            label="Why overbook this time"
            description="Overbookings are flagged on the schedule and in the audit."
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            value={overbookReason}
            error={overbookProblem}
            onChange={(event) => {
              setOverbookReason(event.currentTarget.value);
              setOverbookProblem(null);
            }}
          />
        )}
        <Group>
          {!choice.picked && !overbooking && !taken && (
            <Button onClick={() => send({ overbookReason: null })} loading={book.isPending} data-testid="slot-book">
              Book {formatTime(choice.startsAt)}
            </Button>
          )}
          {!choice.picked && !overbooking && !hold && !taken && (
            <Button
              variant="light"
              onClick={() =>
                holdSlot.mutate({ input: { orderId: order.id, deviceId: choice.deviceId, technologistId, startsAt: choice.startsAt } })
              }
              loading={holdSlot.isPending}
              data-testid="slot-hold"
            >
              Hold for 5 minutes
            </Button>
          )}
          {hold && (
            <Button
              variant="default"
              onClick={() => release.mutate({ appointmentId: hold.id })}
              loading={release.isPending}
              data-testid="slot-release"
            >
              Release hold
            </Button>
          )}
          {canOverbook &&
            (overbooking ? (
              <>
                <Button
                  color="orange"
                  loading={book.isPending}
                  data-testid="slot-overbook-confirm"
                  onClick={() => {
                    if (overbookReason.trim().length < 3) return setOverbookProblem("Say why, in a few words");
                    send({ overbookReason: overbookReason.trim() });
                  }}
                >
                  Overbook {formatTime(choice.startsAt)}
                </Button>
                <Button variant="default" onClick={() => setOverbooking(false)}>
                  Do not overbook
                </Button>
              </>
            ) : (
              <Button variant="outline" color="orange" onClick={() => setOverbooking(true)} data-testid="slot-overbook">
                Overbook…
              </Button>
            ))}
        </Group>
      </Stack>
    </Paper>
  );
}
