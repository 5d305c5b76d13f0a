import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ConsentFieldsFragment } from "../../__generated__/graphql.ts";
import { formatCode } from "../../format.ts";
import { showServerProblems } from "../../form-errors.ts";
import { RevokeConsentMutation } from "../../operations/consent.ts";

export function RevokeConsentModal({ consent, onClose }: { consent: ConsentFieldsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: "" },
    validate: {
      reason: (value) => (!value.trim() ? "Say why the consent is withdrawn" : value.length > 500 ? "At most 500 characters" : null),
    },
  });
  const revoke = useGraphQLMutation(RevokeConsentMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Consent revoked" });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });
  return (
    <Modal opened onClose={onClose} title="Revoke consent">
      <form
        noValidate
        aria-label="Revoke consent"
        onSubmit={form.onSubmit((values) => revoke.mutate({ id: consent.id, reason: values.reason.trim() }))}
      >
        <Stack>
          <Text size="sm">
            {formatCode(consent.kind)} consent{consent.orderReference ? ` for order ${consent.orderReference}` : ""}
          </Text>
          {failure && (
            <Alert color="red" role="alert" title="The consent was not revoked">
              {failure}
            </Alert>
          )}
          <Textarea label="Reason" withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending}>
              Revoke consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
