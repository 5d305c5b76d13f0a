import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PatientIdentifier } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { patientIdentifier } from "../../labels.ts";
import { notifyDone } from "../../notify.ts";
import { CheckInMutation } from "../../operations/exam-day.ts";

/** Check-in: two different identifiers confirmed against the record, screening and consent reviewed (the API asks the same). */
export function CheckInModal({ appointmentId, patientName, onClose }: { appointmentId: string; patientName: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [identifiers, setIdentifiers] = useState<string[]>([]);
  const [screening, setScreening] = useState(false);
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkIn = useGraphQLMutation(CheckInMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone(`${patientName} is checked in.`);
      onClose();
    },
  });
  const submit = () => {
    if (identifiers.length < 2) return setProblem("Confirm the patient's identity with at least two identifiers.");
    if (!screening || !consent) return setProblem("Review the safety screening and the consent with the patient first.");
    setProblem(null);
    checkIn.mutate({
      input: { appointmentId, identifiers: identifiers as PatientIdentifier[], screeningReviewed: screening, consentReviewed: consent },
    });
  };
  return (
    <Modal opened onClose={onClose} title={`Check in ${patientName}`}>
      <form
        noValidate
        aria-label="Check in"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <FailureAlert title="The patient was not checked in" error={checkIn.error} />
          <Checkbox.Group
            label="Identity confirmed with"
            description="At least two, each checked against the record."
            value={identifiers}
            onChange={setIdentifiers}
            withAsterisk
          >
            <Stack gap={4} mt="xs">
              {patientIdentifier.options.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label="Safety screening reviewed with the patient today"
            checked={screening}
            onChange={(event) => setScreening(event.currentTarget.checked)}
          />
          <Checkbox
            label="Consent reviewed (where the exam needs one)"
            checked={consent}
            onChange={(event) => setConsent(event.currentTarget.checked)}
          />
          {problem && (
            <Text c="red.8" size="sm" role="alert" data-testid="check-in-problem">
              {problem}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={checkIn.isPending} data-testid="check-in-submit">
              Check in
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
