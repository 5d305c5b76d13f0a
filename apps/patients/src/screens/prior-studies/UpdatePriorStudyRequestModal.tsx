import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PriorStudyRequestFieldsFragment } from "../../__generated__/graphql.ts";
import { showServerProblems } from "../../form-errors.ts";
import { ClosePriorStudyRequestMutation, MarkPriorStudiesReceivedMutation } from "../../operations/prior-study-request.ts";

type Outcome = "RECEIVED" | "CANCELLED" | "FAILED";
const outcomes: { value: Outcome; label: string }[] = [
  { value: "RECEIVED", label: "Received" },
  { value: "CANCELLED", label: "No longer needed" },
  { value: "FAILED", label: "Facility could not send" },
];

/** Closes a pending request: the images arrived (stamped now), or it is given up. */
export function UpdatePriorStudyRequestModal({ request, onClose }: { request: PriorStudyRequestFieldsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ outcome: Outcome; note: string }>({
    initialValues: { outcome: "RECEIVED", note: "" },
    validate: { note: (value) => (value.length > 500 ? "At most 500 characters" : null) },
  });
  const options = {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Prior study request updated" });
      onClose();
    },
    onError: (error: unknown) => setFailure(showServerProblems(form, error)),
  };
  const received = useGraphQLMutation(MarkPriorStudiesReceivedMutation, options);
  const close = useGraphQLMutation(ClosePriorStudyRequestMutation, options);
  return (
    <Modal opened onClose={onClose} title="Update prior study request">
      <form
        noValidate
        aria-label="Update prior study request"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const note = values.note.trim() || null;
          if (values.outcome === "RECEIVED") received.mutate({ id: request.id, note });
          else close.mutate({ id: request.id, status: values.outcome, note });
        })}
      >
        <Stack>
          <Text size="sm">{request.facility}</Text>
          {failure && (
            <Alert color="red" role="alert" title="The request was not updated">
              {failure}
            </Alert>
          )}
          <SegmentedControl fullWidth aria-label="Outcome" data={outcomes} {...form.getInputProps("outcome")} />
          <Textarea label="Note" autosize minRows={2} {...form.getInputProps("note")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={received.isPending || close.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
