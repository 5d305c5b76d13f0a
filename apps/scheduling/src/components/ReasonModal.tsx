import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { describeSchedulingError } from "../errors.ts";

export interface ReasonModalProps {
  title: string;
  /** What the action does, above the reason. */
  description?: ReactNode;
  reasonLabel?: string;
  submitLabel: string;
  color?: string;
  /** When set, a second step asks to confirm with this sentence (for what cannot be undone). */
  confirmation?: string;
  /** More fields of the action, kept by the caller. */
  children?: ReactNode;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** An action that needs a reason in words (hold, revoke, retire, override), optionally confirmed. */
export function ReasonModal(props: ReasonModalProps) {
  const { title, description, reasonLabel = "Reason", submitLabel, color = "blue", confirmation, children, pending, error } = props;
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = () => {
    // The API wants a few words (at least 3 characters); saying so here saves a round trip.
    if (reason.trim().length < 3) return setProblem("Say why, in a few words");
    if (confirmation && !confirming) return setConfirming(true);
    props.onSubmit(reason.trim());
  };
  return (
    <Modal opened onClose={props.onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {description && <Text size="sm">{description}</Text>}
          {error ? (
            <Alert color="red" role="alert" title="Nothing was changed" data-testid="reason-modal-error">
              {describeSchedulingError(error)}
            </Alert>
          ) : null}
          {confirming ? (
            <Alert color="red" title="Are you sure?" role="alert" data-testid="reason-modal-confirm">
              {confirmation}
            </Alert>
          ) : (
            <>
              {children}
              <Textarea
                label={reasonLabel}
                withAsterisk
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                error={problem}
                onChange={(event) => {
                  setReason(event.currentTarget.value);
                  setProblem(null);
                }}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming ? () => setConfirming(false) : props.onClose}>
              {confirming ? "Back" : "Cancel"}
            </Button>
            <Button type="submit" color={color} loading={pending}>
              {confirming ? `Yes, ${submitLabel.charAt(0).toLowerCase()}${submitLabel.slice(1)}` : submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
