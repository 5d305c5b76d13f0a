import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FindingUrgency } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { findingUrgency } from "../../labels.ts";
import { notifyDone } from "../../notify.ts";
import { RecordCriticalFindingMutation } from "../../operations/critical-result.ts";
import { formatDateTime } from "../../time.ts";

/** A radiologist records a critical or unexpected finding; the screen says by when it must be communicated. */
export function CriticalFindingModal({ appointmentId, label, onClose }: { appointmentId: string; label: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [category, setCategory] = useState("");
  const [description, setDescription] = useState("");
  const [urgency, setUrgency] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const record = useGraphQLMutation(RecordCriticalFindingMutation, {
    onSuccess: (data) => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone(`Finding recorded: communicate it by ${formatDateTime(data.recordCriticalFinding.communicateBy)}.`);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Critical or unexpected finding">
      <form
        noValidate
        aria-label="Record a critical finding"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (category.trim() && urgency)
            record.mutate({
              input: {
                appointmentId,
                category: category.trim(),
                description: description.trim() || null,
                urgency: urgency as FindingUrgency,
              },
            });
        }}
      >
        <Stack>
          <Text size="sm">{label}</Text>
          <FailureAlert title="The finding was not recorded" error={record.error} />
          <TextInput
            label="Finding"
            description="In a few words, e.g. tension pneumothorax"
            withAsterisk
            maxLength={200}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
            error={tried && !category.trim() ? "Say what was found" : null}
          />
          <Select
            label="Urgency"
            withAsterisk
            data={findingUrgency.options}
            value={urgency}
            onChange={setUrgency}
            error={tried && !urgency ? "Choose how urgent" : null}
          />
          <Textarea label="Details" maxLength={2000} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" color="red" loading={record.isPending} data-testid="critical-finding-submit">
              Record finding
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
