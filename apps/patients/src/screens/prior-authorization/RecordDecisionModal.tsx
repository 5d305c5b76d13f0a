import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PriorAuthorizationFieldsFragment, PriorAuthorizationStatus } from "../../__generated__/graphql.ts";
import { DateField } from "../../components/DateField.tsx";
import { showServerProblems } from "../../form-errors.ts";
import { RecordPriorAuthorizationDecisionMutation } from "../../operations/prior-authorization.ts";
import { referenceError } from "./reference.ts";

interface DecisionValues {
  status: PriorAuthorizationStatus;
  payerReference: string;
  validFrom: string | null;
  validUntil: string | null;
  note: string;
}

const decisions: { value: PriorAuthorizationStatus; label: string }[] = [
  { value: "APPROVED", label: "Approved" },
  { value: "DENIED", label: "Denied" },
  { value: "EXPIRED", label: "Expired" },
];

/** Records the payer's answer; an approval needs its valid window. */
export function RecordDecisionModal({ authorization, onClose }: { authorization: PriorAuthorizationFieldsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<DecisionValues>({
    initialValues: {
      status: "APPROVED",
      payerReference: authorization.payerReference ?? "",
      validFrom: authorization.validFrom,
      validUntil: authorization.validUntil,
      note: "",
    },
    validate: {
      payerReference: (value) => referenceError(value, 50, false),
      validFrom: (value, values) => (values.status === "APPROVED" && !value ? "An approval needs the first valid day" : null),
      validUntil: (value, values) =>
        values.status === "APPROVED" && !value
          ? "An approval needs the last valid day"
          : value && values.validFrom && value < values.validFrom
            ? "Must not be before the first valid day"
            : null,
      note: (value) => (value.length > 500 ? "At most 500 characters" : null),
    },
  });
  const record = useGraphQLMutation(RecordPriorAuthorizationDecisionMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Payer decision recorded" });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });
  return (
    <Modal opened onClose={onClose} title="Record payer decision">
      <form
        noValidate
        aria-label="Record payer decision"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          record.mutate({
            id: authorization.id,
            input: {
              status: values.status,
              payerReference: values.payerReference.trim() || null,
              validFrom: values.validFrom,
              validUntil: values.validUntil,
              note: values.note.trim() || null,
            },
          });
        })}
      >
        <Stack>
          <Text size="sm">
            Order {authorization.orderReference}, procedure {authorization.procedureCode}
          </Text>
          {failure && (
            <Alert color="red" role="alert" title="The decision was not recorded">
              {failure}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} id="prior-auth-decision-label">
              Decision
            </Text>
            <SegmentedControl fullWidth aria-labelledby="prior-auth-decision-label" data={decisions} {...form.getInputProps("status")} />
          </div>
          <TextInput label="Payer reference number" {...form.getInputProps("payerReference")} />
          <SimpleGrid cols={2}>
            <DateField label="Valid from" withAsterisk={form.values.status === "APPROVED"} {...form.getInputProps("validFrom")} />
            <DateField label="Valid until" withAsterisk={form.values.status === "APPROVED"} {...form.getInputProps("validUntil")} />
          </SimpleGrid>
          <Textarea label="Note" autosize minRows={2} {...form.getInputProps("note")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record decision
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
