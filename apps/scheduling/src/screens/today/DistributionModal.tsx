import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DistributionChannel } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { distributionChannel } from "../../labels.ts";
import { notifyDone } from "../../notify.ts";
import { RecordReportDistributionMutation } from "../../operations/exam-day.ts";

/** Records that the final report reached the referring provider, and how. */
export function DistributionModal({ appointmentId, onClose }: { appointmentId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [via, setVia] = useState<string | null>(null);
  const [to, setTo] = useState("");
  const [tried, setTried] = useState(false);
  const record = useGraphQLMutation(RecordReportDistributionMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The report's distribution is recorded.");
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Report sent to the referring provider">
      <form
        noValidate
        aria-label="Record the report's distribution"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (via && to.trim()) record.mutate({ input: { appointmentId, via: via as DistributionChannel, to: to.trim() } });
        }}
      >
        <Stack>
          <FailureAlert title="The distribution was not recorded" error={record.error} />
          <Select
            label="Sent by"
            withAsterisk
            data={distributionChannel.options}
            value={via}
            onChange={setVia}
            error={tried && !via ? "Choose how" : null}
          />
          <TextInput
            label="Sent to"
            withAsterisk
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={tried && !to.trim() ? "Say to whom" : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
