import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { describeError, graphqlRequest, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PatientDetailsFragment, PatientSummaryFragment } from "../../__generated__/graphql.ts";
import { formatDate, formatSex } from "../../format.ts";
import { showServerProblems } from "../../form-errors.ts";
import { MergePatientsMutation, PatientByMrnQuery } from "../../operations/patient-merge.ts";
import { mrnError } from "../../patient-form.ts";

/**
 * Merges a duplicate record into this one (the survivor). The duplicate is looked up by MRN and
 * shown before anything happens: a merge moves all its records and cannot be undone here.
 */
export function MergeDuplicateModal({ survivor, onClose }: { survivor: PatientDetailsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [duplicate, setDuplicate] = useState<PatientSummaryFragment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const form = useForm({
    initialValues: { mrn: "", reason: "" },
    validate: {
      mrn: (value) => (!value.trim() ? "Enter the duplicate's MRN" : mrnError(value)),
      reason: (value) =>
        value.trim().length < 3 ? "Say why the records are the same person" : value.length > 500 ? "At most 500 characters" : null,
    },
  });
  form.watch("mrn", () => setDuplicate(null));
  const merge = useGraphQLMutation(MergePatientsMutation, {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({
        color: "green",
        title: "Records merged",
        message: `${duplicate?.mrn ?? "The duplicate"} was merged into ${survivor.mrn}`,
      });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });

  const lookUp = async () => {
    setFailure(null);
    if (form.validateField("mrn").hasError) return;
    const mrn = form.values.mrn.trim().toUpperCase();
    if (mrn === survivor.mrn) return form.setFieldError("mrn", "That is this record: enter the duplicate's MRN");
    setLooking(true);
    try {
      const found = (await graphqlRequest(PatientByMrnQuery, { mrn })).patientByMrn;
      if (!found) form.setFieldError("mrn", `No patient has MRN ${mrn}`);
      else if (found.mergedInto) form.setFieldError("mrn", `${mrn} was already merged into ${found.mergedInto.mrn}`);
      else setDuplicate(found);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setLooking(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Merge a duplicate into this record" size="lg">
      <form
        noValidate
        aria-label="Merge duplicate record"
        onSubmit={form.onSubmit((values) => {
          if (!duplicate) return void lookUp();
          setFailure(null);
          merge.mutate({ survivorId: survivor.id, duplicateId: duplicate.id, reason: values.reason.trim() });
        })}
      >
        <Stack>
          <Text size="sm">
            This record ({survivor.name.text}, MRN {survivor.mrn}) is kept. The duplicate&apos;s coverage, authorizations, screenings,
            consents and study requests move here; the duplicate stays, inactive, pointing at this record.
          </Text>
          {failure && (
            <Alert color="red" role="alert" title="The records were not merged">
              {failure}
            </Alert>
          )}
          <Group align="flex-end">
            <TextInput label="Duplicate's MRN" style={{ flex: 1 }} {...form.getInputProps("mrn")} />
            <Button variant="default" loading={looking} onClick={() => void lookUp()}>
              Look up
            </Button>
          </Group>
          {duplicate && (
            <Alert color="orange" title="Duplicate to merge" data-testid="merge-duplicate">
              {duplicate.name.text}, MRN {duplicate.mrn}, born {formatDate(duplicate.birthDate)}, {formatSex(duplicate.administrativeSex)}
            </Alert>
          )}
          <Textarea label="Why are they the same person?" withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" disabled={!duplicate} loading={merge.isPending}>
              Merge records
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
