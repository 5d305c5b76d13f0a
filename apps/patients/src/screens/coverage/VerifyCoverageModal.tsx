import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CoverageFieldsFragment, CoverageVerificationOutcome } from "../../__generated__/graphql.ts";
import { showServerProblems } from "../../form-errors.ts";
import { VerifyCoverageMutation } from "../../operations/coverage.ts";
import { verificationOutcomeOptions } from "./coverage-labels.ts";

/** Records an eligibility check with the payer; the server stamps who checked and when. */
export function VerifyCoverageModal({ coverage, onClose }: { coverage: CoverageFieldsFragment; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ outcome: CoverageVerificationOutcome; note: string }>({
    initialValues: { outcome: "ELIGIBLE", note: "" },
    validate: { note: (value) => (value.length > 500 ? "The note must be at most 500 characters" : null) },
  });
  const verify = useGraphQLMutation(VerifyCoverageMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({ color: "green", message: `Verification of ${coverage.payer} recorded` });
      onClose();
    },
    onError: (error) => setFailure(showServerProblems(form, error)),
  });
  return (
    <Modal opened onClose={onClose} title="Verify coverage">
      <form
        noValidate
        aria-label="Verify coverage"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          verify.mutate({ id: coverage.id, outcome: values.outcome, note: values.note.trim() || null });
        })}
      >
        <Stack>
          <Text size="sm">
            {coverage.payer}, member {coverage.memberId}
          </Text>
          {failure && (
            <Alert color="red" role="alert" title="The verification was not recorded">
              {failure}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} id="coverage-outcome-label">
              What did the payer say?
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="coverage-outcome-label"
              data={verificationOutcomeOptions}
              {...form.getInputProps("outcome")}
            />
          </div>
          <Textarea
            label="Note"
            description="Reference number of the call or portal check, or why it could not be verified"
            autosize
            minRows={2}
            {...form.getInputProps("note")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={verify.isPending}>
              Record verification
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
