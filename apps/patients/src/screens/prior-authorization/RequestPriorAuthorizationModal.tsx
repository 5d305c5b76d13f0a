import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { showServerProblems } from "../../form-errors.ts";
import { RequestPriorAuthorizationMutation } from "../../operations/prior-authorization.ts";
import { referenceError } from "./reference.ts";

/** Files a request with the payer for one ordered procedure. */
export function RequestPriorAuthorizationModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { orderReference: "", procedureCode: "", payerReference: "" },
    validate: {
      orderReference: (value) => referenceError(value, 64, true),
      procedureCode: (value) => referenceError(value, 20, true),
      payerReference: (value) => referenceError(value, 50, false),
    },
  });
  const request = useGraphQLMutation(RequestPriorAuthorizationMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Prior authorization requested" });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });
  return (
    <Modal opened onClose={onClose} title="Request prior authorization">
      <form
        noValidate
        aria-label="Request prior authorization"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          request.mutate({
            input: {
              patientId,
              orderReference: values.orderReference.trim(),
              procedureCode: values.procedureCode.trim(),
              payerReference: values.payerReference.trim() || null,
            },
          });
        })}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The request was not recorded">
              {failure}
            </Alert>
          )}
          <TextInput label="Order" description="Order id or accession number" withAsterisk {...form.getInputProps("orderReference")} />
          <TextInput
            label="Procedure code"
            description="From the department's procedure catalog"
            withAsterisk
            {...form.getInputProps("procedureCode")}
          />
          <TextInput
            label="Payer case number"
            description="If the request was already filed by phone or portal"
            {...form.getInputProps("payerReference")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={request.isPending}>
              Request authorization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
