import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import dayjs from "dayjs";
import { useState } from "react";
import type { ConsentKind, ConsentStatus, SignerRelationship } from "../../__generated__/graphql.ts";
import { showServerProblems } from "../../form-errors.ts";
import { RecordConsentMutation } from "../../operations/consent.ts";
import { referenceError } from "../prior-authorization/reference.ts";

interface ConsentFormValues {
  kind: ConsentKind | null;
  status: ConsentStatus;
  orderReference: string;
  signedAt: string | null;
  signerName: string;
  signerRelationship: SignerRelationship;
}

export const consentKindOptions: { value: ConsentKind; label: string }[] = [
  { value: "PROCEDURE", label: "Procedure" },
  { value: "CONTRAST", label: "Contrast" },
  { value: "PRIVACY_NOTICE", label: "Privacy notice" },
];
const statusOptions: { value: ConsentStatus; label: string }[] = [
  { value: "ACTIVE", label: "Signed (in force)" },
  { value: "REJECTED", label: "Declined by the patient" },
  { value: "DRAFT", label: "Prepared, not yet signed" },
];
export const signerOptions: { value: SignerRelationship; label: string }[] = [
  { value: "SELF", label: "The patient" },
  { value: "PARENT", label: "Parent" },
  { value: "GUARDIAN", label: "Guardian" },
  { value: "HEALTHCARE_PROXY", label: "Healthcare proxy" },
  { value: "OTHER", label: "Other" },
];

export function RecordConsentModal({ patientId, patientName, onClose }: { patientId: string; patientName: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ConsentFormValues>({
    initialValues: {
      kind: null,
      status: "ACTIVE",
      orderReference: "",
      signedAt: dayjs().format("YYYY-MM-DD HH:mm:ss"),
      signerName: patientName,
      signerRelationship: "SELF",
    },
    validate: {
      kind: (value) => (value ? null : "Choose what the consent is for"),
      orderReference: (value) => referenceError(value, 64, false),
      signedAt: (value, values) =>
        values.status !== "DRAFT" && !value
          ? "Enter when it was signed"
          : value && dayjs(value).isAfter(dayjs().add(1, "minute"))
            ? "Must not be in the future"
            : null,
      signerName: (value, values) => (values.status !== "DRAFT" && !value.trim() ? "Enter who signed" : null),
    },
  });
  const record = useGraphQLMutation(RecordConsentMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: "Consent recorded" });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error, { "signedBy.name": "signerName", signedBy: "signerName" })),
  });
  const draft = form.values.status === "DRAFT";
  return (
    <Modal opened onClose={onClose} title="Record consent" size="lg">
      <form
        noValidate
        aria-label="Record consent"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          record.mutate({
            input: {
              patientId,
              kind: values.kind ?? "PROCEDURE",
              status: values.status,
              orderReference: values.orderReference.trim() || null,
              signedAt: !draft && values.signedAt ? dayjs(values.signedAt).toISOString() : null,
              signedBy: !draft ? { name: values.signerName.trim(), relationship: values.signerRelationship } : null,
            },
          });
        })}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The consent was not recorded">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Consent for" data={consentKindOptions} withAsterisk {...form.getInputProps("kind")} />
            <Select label="Status" data={statusOptions} allowDeselect={false} {...form.getInputProps("status")} />
            <TextInput
              label="Order"
              description="Order id or accession number, for a procedure or contrast consent"
              {...form.getInputProps("orderReference")}
            />
            {!draft && (
              <DateTimePicker
                label="Signed at"
                withAsterisk
                valueFormat="YYYY-MM-DD HH:mm"
                maxDate={new Date()}
                {...form.getInputProps("signedAt")}
              />
            )}
            {!draft && <TextInput label="Signed by" withAsterisk {...form.getInputProps("signerName")} />}
            {!draft && (
              <Select label="Signer is" data={signerOptions} allowDeselect={false} {...form.getInputProps("signerRelationship")} />
            )}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
