import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CoverageFieldsFragment, CoverageStatus, SubscriberRelation } from "../../__generated__/graphql.ts";
import { DateField } from "../../components/DateField.tsx";
import { showServerProblems } from "../../form-errors.ts";
import { AddCoverageMutation, UpdateCoverageMutation } from "../../operations/coverage.ts";
import { coverageStatusOptions, subscriberRelationOptions } from "./coverage-labels.ts";

interface CoverageFormValues {
  payer: string;
  memberId: string;
  groupNumber: string;
  plan: string;
  subscriberRelation: SubscriberRelation | null;
  status: CoverageStatus;
  periodStart: string | null;
  periodEnd: string | null;
}

function valuesOf(coverage: CoverageFieldsFragment | null): CoverageFormValues {
  return {
    payer: coverage?.payer ?? "",
    memberId: coverage?.memberId ?? "",
    groupNumber: coverage?.groupNumber ?? "",
    plan: coverage?.plan ?? "",
    subscriberRelation: coverage?.subscriberRelation ?? "SELF",
    status: coverage?.status ?? "ACTIVE",
    periodStart: coverage?.period?.start ?? null,
    periodEnd: coverage?.period?.end ?? null,
  };
}

const text = (value: string) => value.trim() || null;
const required = (label: string) => (value: string) => (value.trim() ? null : `Enter the ${label}`);

/** Adds a coverage to the patient, or edits one (`coverage` given). */
export function CoverageFormModal({
  patientId,
  coverage,
  onClose,
}: {
  patientId: string;
  coverage: CoverageFieldsFragment | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CoverageFormValues>({
    initialValues: valuesOf(coverage),
    validate: {
      payer: required("payer"),
      memberId: (value) =>
        required("member id")(value) ??
        (/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/.test(value.trim()) ? null : "Member id may contain only letters, digits, spaces and . / -"),
      subscriberRelation: (value) => (value ? null : "Choose the relation to the subscriber"),
      periodEnd: (value, values) =>
        value && values.periodStart && value < values.periodStart ? "The end must not be before the start" : null,
    },
  });
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["patients"] });
    notifications.show({ color: "green", message });
    onClose();
  };
  const onError = (error: unknown) =>
    setFailure(showServerProblems(form, error, { "period.start": "periodStart", "period.end": "periodEnd" }));
  const add = useGraphQLMutation(AddCoverageMutation, { onSuccess: () => done("Coverage added"), onError });
  const update = useGraphQLMutation(UpdateCoverageMutation, { onSuccess: () => done("Coverage updated"), onError });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    const fields = {
      payer: values.payer.trim(),
      memberId: values.memberId.trim(),
      groupNumber: text(values.groupNumber),
      plan: text(values.plan),
      subscriberRelation: values.subscriberRelation ?? "SELF",
      status: values.status,
      period: values.periodStart || values.periodEnd ? { start: values.periodStart, end: values.periodEnd } : null,
    };
    if (coverage) update.mutate({ id: coverage.id, input: fields });
    else add.mutate({ input: { patientId, ...fields } });
  });

  return (
    <Modal opened onClose={onClose} title={coverage ? "Edit coverage" : "Add coverage"} size="lg">
      <form onSubmit={submit} noValidate aria-label={coverage ? "Edit coverage" : "Add coverage"}>
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The coverage was not saved">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Payer" withAsterisk {...form.getInputProps("payer")} />
            <TextInput label="Member ID" withAsterisk {...form.getInputProps("memberId")} />
            <TextInput label="Group number" {...form.getInputProps("groupNumber")} />
            <TextInput label="Plan" {...form.getInputProps("plan")} />
            <Select
              label="Subscriber relation"
              data={subscriberRelationOptions}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps("subscriberRelation")}
            />
            <Select label="Status" data={coverageStatusOptions} allowDeselect={false} {...form.getInputProps("status")} />
            <DateField label="Coverage starts" {...form.getInputProps("periodStart")} />
            <DateField label="Coverage ends" {...form.getInputProps("periodEnd")} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {coverage ? "Save coverage" : "Add coverage"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
