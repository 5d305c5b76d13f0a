import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { WorklistEntryFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { ReasonModal } from "../../components/ReasonModal.tsx";
import { notifyDone } from "../../notify.ts";
import {
  CompleteExamMutation,
  DiscontinueExamMutation,
  MarkArrivedMutation,
  MarkLeftWithoutBeingSeenMutation,
  MarkNoShowMutation,
  RecordReportMutation,
} from "../../operations/exam-day.ts";
import { CriticalFindingModal } from "../critical/CriticalFindingModal.tsx";
import { CheckInModal } from "./CheckInModal.tsx";
import { ActivityModal } from "./ActivityModal.tsx";
import { ContrastModal } from "./ContrastModal.tsx";
import { DistributionModal } from "./DistributionModal.tsx";
import { StartExamModal } from "./StartExamModal.tsx";

type Dialog =
  | "check-in"
  | "start"
  | "complete"
  | "discontinue"
  | "no-show"
  | "left"
  | "distribute"
  | "finding"
  | "contrast"
  | "activity"
  | null;

/** Nuclear medicine and PET give a radiopharmaceutical: from check-in (an uptake time before the images) until the exam is done. */
const nuclear = ["NM", "PT"];
const activityStages = ["CHECKED_IN", "IN_PROGRESS", "COMPLETED"];

/** Stages of an exam that took place: a finding may be recorded on these. */
const performed = ["COMPLETED", "DISCONTINUED", "PRELIMINARY", "FINAL", "DISTRIBUTED"];

/** The next steps of one exam that the signed-in person may take, by its stage and the catalogue. */
export function ExamActions({
  entry,
  patientName,
  patientId,
}: {
  entry: WorklistEntryFieldsFragment;
  patientName: string;
  patientId: string;
}) {
  const { permissions } = useArea();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = (message: string) => () => {
    void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
    notifyDone(message);
    setDialog(null);
  };
  const arrive = useGraphQLMutation(MarkArrivedMutation, { onSuccess: done(`${patientName} has arrived.`) });
  const noShow = useGraphQLMutation(MarkNoShowMutation, { onSuccess: done(`${patientName} is marked as a no-show.`) });
  const left = useGraphQLMutation(MarkLeftWithoutBeingSeenMutation, { onSuccess: done(`${patientName} left without being seen.`) });
  const complete = useGraphQLMutation(CompleteExamMutation, { onSuccess: done("The exam is completed.") });
  const discontinue = useGraphQLMutation(DiscontinueExamMutation, { onSuccess: done("The exam is discontinued.") });
  const report = useGraphQLMutation(RecordReportMutation, { onSuccess: done("The report is recorded.") });
  const desk = permissions.allows("receivePatients");
  const room = permissions.allows("performExams");
  const reading = permissions.allows("trackReports");
  const started = Date.parse(entry.startsAt) <= Date.now();
  const label = `${entry.order.procedure.name} for ${patientName}`;
  const button = (text: string, onClick: () => void, testId: string, color?: string, loading?: boolean) => (
    <Button
      size="xs"
      variant="outline"
      color={color}
      // Outlined, in the colour's darkest shade: on a striped row a tinted (light) button in teal,
      // orange or green falls below WCAG AA contrast.
      style={{ "--button-color": `var(--mantine-color-${color ?? "indigo"}-9)` }}
      onClick={onClick}
      loading={loading}
      data-testid={testId}
      aria-label={`${text}: ${label}`}
    >
      {text}
    </Button>
  );
  return (
    <>
      <Group gap={6} wrap="wrap">
        {desk &&
          entry.stage === "BOOKED" &&
          button("Arrived", () => arrive.mutate({ id: entry.id }), "exam-arrived", undefined, arrive.isPending)}
        {desk &&
          (entry.stage === "BOOKED" || entry.stage === "ARRIVED") &&
          button("Check in", () => setDialog("check-in"), "exam-check-in", "blue")}
        {desk && entry.stage === "BOOKED" && started && button("No-show", () => setDialog("no-show"), "exam-no-show", "red")}
        {desk &&
          (entry.stage === "ARRIVED" || entry.stage === "CHECKED_IN") &&
          button("Left unseen", () => setDialog("left"), "exam-left", "gray")}
        {room && entry.stage === "CHECKED_IN" && button("Start exam", () => setDialog("start"), "exam-start", "teal")}
        {room && entry.stage === "IN_PROGRESS" && button("Complete", () => setDialog("complete"), "exam-complete", "green")}
        {room && entry.stage === "IN_PROGRESS" && button("Discontinue", () => setDialog("discontinue"), "exam-discontinue", "orange")}
        {room &&
          entry.order.procedure.contrast !== "NONE" &&
          (entry.stage === "IN_PROGRESS" || entry.stage === "COMPLETED") &&
          button("Contrast given", () => setDialog("contrast"), "exam-contrast")}
        {room &&
          nuclear.includes(entry.order.procedure.modality) &&
          activityStages.includes(entry.stage) &&
          button(entry.administeredActivity ? "Correct activity" : "Activity given", () => setDialog("activity"), "exam-activity")}
        {reading &&
          entry.stage === "COMPLETED" &&
          button("Preliminary", () => report.mutate({ input: { appointmentId: entry.id, status: "PRELIMINARY" } }), "exam-preliminary")}
        {reading &&
          (entry.stage === "COMPLETED" || entry.stage === "PRELIMINARY") &&
          button(
            "Final",
            () => report.mutate({ input: { appointmentId: entry.id, status: "FINAL" } }),
            "exam-final",
            "green",
            report.isPending,
          )}
        {reading && entry.stage === "FINAL" && button("Sent to referrer", () => setDialog("distribute"), "exam-distribute")}
        {permissions.allows("reportCriticalFindings") &&
          performed.includes(entry.stage) &&
          button("Critical finding", () => setDialog("finding"), "exam-critical-finding", "red")}
      </Group>
      <FailureAlert title="That did not go through" error={arrive.error ?? report.error} />
      {dialog === "check-in" && <CheckInModal appointmentId={entry.id} patientName={patientName} onClose={() => setDialog(null)} />}
      {dialog === "start" && <StartExamModal entry={entry} patientId={patientId} onClose={() => setDialog(null)} />}
      {dialog === "distribute" && <DistributionModal appointmentId={entry.id} onClose={() => setDialog(null)} />}
      {dialog === "contrast" && <ContrastModal appointmentId={entry.id} label={label} onClose={() => setDialog(null)} />}
      {dialog === "activity" && (
        <ActivityModal
          appointmentId={entry.id}
          label={label}
          current={entry.administeredActivity ?? null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "finding" && <CriticalFindingModal appointmentId={entry.id} label={label} onClose={() => setDialog(null)} />}
      {dialog === "complete" && (
        <ReasonModal
          title="Complete the exam"
          description={label}
          reasonLabel="Exam notes (contrast, views, anything the radiologist should know)"
          submitLabel="Complete exam"
          color="green"
          pending={complete.isPending}
          error={complete.error}
          onSubmit={(notes) => complete.mutate({ input: { appointmentId: entry.id, notes } })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "discontinue" && (
        <ReasonModal
          title="Discontinue the exam"
          description={label}
          reasonLabel="Why it stopped"
          submitLabel="Discontinue"
          color="orange"
          confirmation="The exam ends here and cannot be restarted; a new order or booking is needed to repeat it."
          pending={discontinue.isPending}
          error={discontinue.error}
          onSubmit={(reason) => discontinue.mutate({ input: { appointmentId: entry.id, reason } })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "no-show" && (
        <Modal opened onClose={() => setDialog(null)} title="Mark as a no-show">
          <Stack>
            <Text size="sm">
              {label}: the patient did not come. It counts as a no-show in the statistics and cannot be undone; if the patient comes later,
              book again.
            </Text>
            <FailureAlert title="Not marked" error={noShow.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                Close
              </Button>
              <Button color="red" loading={noShow.isPending} onClick={() => noShow.mutate({ id: entry.id })} data-testid="no-show-confirm">
                Mark no-show
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {dialog === "left" && (
        <ReasonModal
          title="Left without being seen"
          description={label}
          reasonLabel="What happened"
          submitLabel="Record"
          color="gray"
          confirmation="The appointment closes; the order goes back to the queue to be booked again."
          pending={left.isPending}
          error={left.error}
          onSubmit={(note) => left.mutate({ id: entry.id, note })}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
