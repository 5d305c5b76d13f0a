import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CommunicationChannel } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { communicationChannel } from "../../labels.ts";
import { notifyDone } from "../../notify.ts";
import { RecordFindingCommunicationMutation } from "../../operations/critical-result.ts";

/** Closes the loop: who was told, how, and that they read the finding back (required, as the API asks). */
export function CommunicationModal({ findingId, label, onClose }: { findingId: string; label: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [to, setTo] = useState("");
  const [via, setVia] = useState<string | null>(null);
  const [readBack, setReadBack] = useState(false);
  const [tried, setTried] = useState(false);
  const record = useGraphQLMutation(RecordFindingCommunicationMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The finding is communicated; the loop is closed.");
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Finding communicated">
      <form
        noValidate
        aria-label="Record the communication"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (to.trim() && via && readBack)
            record.mutate({ input: { findingId, to: to.trim(), via: via as CommunicationChannel, readBackConfirmed: true } });
        }}
      >
        <Stack>
          <Text size="sm">{label}</Text>
          <FailureAlert title="The communication was not recorded" error={record.error} />
          <TextInput
            label="Told"
            description="The referring provider, or who stands in for them"
            withAsterisk
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={tried && !to.trim() ? "Say who was told" : null}
          />
          <Select
            label="How"
            withAsterisk
            data={communicationChannel.options}
            value={via}
            onChange={setVia}
            error={tried && !via ? "Choose how" : null}
          />
          <Checkbox
            label="They read the finding back to me"
            checked={readBack}
            onChange={(event) => setReadBack(event.currentTarget.checked)}
            error={tried && !readBack ? "The loop closes only with a read-back; try again until it is confirmed" : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="communication-submit">
              Close the loop
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
