import { graphqlRequest, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Modality, WorklistEntryFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { BlockersPanel, type OverrideChoice } from "../../components/BlockersPanel.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { blockersOf } from "../../errors.ts";
import { notifyDone } from "../../notify.ts";
import { StartExamMutation, TechnologistsForExamQuery } from "../../operations/exam-day.ts";
import { dayFromToday } from "../../time.ts";

/**
 * Starts the exam: the booked technologist, or one chosen from those credentialed today. The API
 * checks the booking's rules again; what fails since booking shows here with its fix, and the
 * technologist may start past an overridable one saying who cleared it.
 */
export function StartExamModal({
  entry,
  patientId,
  onClose,
}: {
  entry: WorklistEntryFieldsFragment;
  patientId: string;
  onClose: () => void;
}) {
  const { permissions, link } = useArea();
  const queryClient = useQueryClient();
  const [technologistId, setTechnologistId] = useState<string | null>(entry.technologist?.id ?? null);
  const technologists = useQuery({
    queryKey: ["scheduling", "technologists-for-exam", entry.order.procedure.modality],
    queryFn: () => graphqlRequest(TechnologistsForExamQuery, { modality: entry.order.procedure.modality as Modality, on: dayFromToday(0) }),
    enabled: !entry.technologist,
  });
  const start = useGraphQLMutation(StartExamMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone(`${entry.order.procedure.name} is under way.`);
      onClose();
    },
  });
  const run = (overrides: OverrideChoice[] = []) => {
    if (technologistId) start.mutate({ input: { appointmentId: entry.id, technologistId, overrides } });
  };
  const blockers = blockersOf(start.error);
  return (
    <Modal opened onClose={onClose} title={`Start ${entry.order.procedure.name}`} size="lg">
      <Stack>
        <Text size="sm">
          {entry.order.accessionNumber} on {entry.device.name}. The booking's rules are checked again now (a screening can change since
          booking).
        </Text>
        {entry.technologist ? (
          <Text size="sm">Technologist: {entry.technologist.name.text}</Text>
        ) : (
          <Select
            label="Technologist performing the exam"
            withAsterisk
            data={(technologists.data?.staffCredentialedFor ?? []).map((person) => ({ value: person.id, label: person.name.text }))}
            value={technologistId}
            onChange={setTechnologistId}
            nothingFoundMessage="Nobody is credentialed for this modality today"
          />
        )}
        {blockers.length > 0 ? (
          <BlockersPanel
            blockers={blockers}
            context={{
              patientId,
              deviceId: entry.device.id,
              technologistId,
              orderId: entry.order.id,
              schedulesLink: link("schedules"),
              catalogueLink: link("catalogue"),
              orderLink: link(`orders/${entry.order.id}`),
            }}
            canOverride={permissions.allows("overrideRulesAtExamStart")}
            overrideWho={permissions.who("overrideRulesAtExamStart")}
            pending={start.isPending}
            onOverride={run}
            wording={{ title: "This exam cannot start yet", override: "Start with these overrides" }}
          />
        ) : (
          <FailureAlert title="The exam was not started" error={start.error} />
        )}
        {!technologistId && !entry.technologist && (
          <Alert color="gray" role="status">
            Choose who performs the exam.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button onClick={() => run()} loading={start.isPending} disabled={!technologistId} data-testid="start-exam-submit">
            Start exam
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
