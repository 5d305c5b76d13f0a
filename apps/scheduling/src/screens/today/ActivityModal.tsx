import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Autocomplete, Button, Group, Modal, NumberInput, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { notifyDone } from "../../notify.ts";
import { RecordAdministeredActivityMutation } from "../../operations/exam-day.ts";

/** The radiopharmaceuticals a general department gives most; anything else is typed as labelled. */
const common = [
  "Tc-99m MDP",
  "Tc-99m sestamibi",
  "Tc-99m tetrofosmin",
  "Tc-99m MAG3",
  "Tc-99m MAA",
  "I-123 MIBG",
  "F-18 FDG",
  "Ga-68 DOTATATE",
];

/**
 * Nuclear medicine and PET: the radiopharmaceutical and the activity given, in MBq, as the dose
 * calibrator read it. Recording it again corrects it; both values stay in the exam's history.
 */
export function ActivityModal({
  appointmentId,
  label,
  current,
  onClose,
}: {
  appointmentId: string;
  label: string;
  current: { radiopharmaceutical: string; activityMBq: number } | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [agent, setAgent] = useState(current?.radiopharmaceutical ?? "");
  const [activity, setActivity] = useState<number | string>(current?.activityMBq ?? "");
  const [tried, setTried] = useState(false);
  const record = useGraphQLMutation(RecordAdministeredActivityMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The activity given is recorded.");
      onClose();
    },
  });
  const megabecquerel = typeof activity === "number" ? activity : Number.NaN;
  const activityValid = Number.isFinite(megabecquerel) && megabecquerel > 0 && megabecquerel <= 20_000;
  const valid = agent.trim() !== "" && activityValid;
  return (
    <Modal opened onClose={onClose} title="Activity given">
      <form
        noValidate
        aria-label="Record the activity given"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (valid) record.mutate({ input: { appointmentId, radiopharmaceutical: agent.trim(), activityMBq: megabecquerel } });
        }}
      >
        <Stack>
          <Text size="sm">{label}</Text>
          {current && (
            <Text size="sm" c="orange">
              Recorded already: {current.radiopharmaceutical}, {current.activityMBq} MBq. Saving again corrects it.
            </Text>
          )}
          <FailureAlert title="The activity was not recorded" error={record.error} />
          <Autocomplete
            label="Radiopharmaceutical"
            withAsterisk
            data={common}
            value={agent}
            onChange={setAgent}
            error={tried && agent.trim() === "" ? "Name the radiopharmaceutical as labelled" : null}
          />
          <NumberInput
            label="Activity given (MBq)"
            description="As the dose calibrator read it; 740 MBq = 20 mCi"
            withAsterisk
            min={0}
            max={20_000}
            decimalScale={1}
            allowNegative={false}
            value={activity}
            onChange={setActivity}
            error={tried && !activityValid ? "More than 0 and at most 20,000 MBq" : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="activity-submit">
              Record activity
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
