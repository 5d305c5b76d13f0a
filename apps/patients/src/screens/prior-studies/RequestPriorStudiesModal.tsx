import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { showServerProblems } from "../../form-errors.ts";
import { RequestPriorStudiesMutation } from "../../operations/prior-study-request.ts";

export function RequestPriorStudiesModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { facility: "", studiesDescription: "" },
    validate: {
      facility: (value) => (!value.trim() ? "Enter the facility to ask" : value.trim().length > 200 ? "At most 200 characters" : null),
    },
  });
  const request = useGraphQLMutation(RequestPriorStudiesMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Prior studies requested" });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });
  return (
    <Modal opened onClose={onClose} title="Request outside prior studies">
      <form
        noValidate
        aria-label="Request prior studies"
        onSubmit={form.onSubmit((values) =>
          request.mutate({
            input: { patientId, facility: values.facility.trim(), studiesDescription: values.studiesDescription.trim() || null },
          }),
        )}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The request was not recorded">
              {failure}
            </Alert>
          )}
          <TextInput
            label="Facility"
            description="The outside hospital or imaging center"
            withAsterisk
            {...form.getInputProps("facility")}
          />
          <Textarea
            label="Studies"
            description="e.g. CT chest 2024, MRI brain 2023"
            autosize
            minRows={2}
            {...form.getInputProps("studiesDescription")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={request.isPending}>
              Request studies
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
