import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Badge, Checkbox, Group, Select, Table, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useArea } from "../../area-context.tsx";
import { PriorityBadge } from "../../components/Badges.tsx";
import { DateField } from "../../components/DateField.tsx";
import { NotAllowedPanel } from "../../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../../components/PatientLabel.tsx";
import type { Modality, WorklistEntryFieldsFragment } from "../../__generated__/graphql.ts";
import { examStage, modality, screeningAlert } from "../../labels.ts";
import { DevicesQuery } from "../../operations/device.ts";
import { MyStaffRecordQuery, WorklistQuery, WorklistWithoutNamesQuery } from "../../operations/exam-day.ts";
import { useQueryWithPatient } from "../../patient-fallback.ts";
import { dayFromToday, formatTime } from "../../time.ts";
import { ExamActions } from "./ExamActions.tsx";
import { useLiveDay } from "./live-day.ts";

type WorklistPatient = {
  interpreterNeeded: boolean;
  currentSafetyScreening?: { alerts: readonly string[] } | null;
  priorStudyRequests?: readonly { id: string; status: string; facility: string }[];
} | null;

const priorStates = [
  { status: "REQUESTED", label: "Priors requested", color: "orange", testId: "priors-requested" },
  { status: "RECEIVED", label: "Priors received", color: "teal", testId: "priors-received" },
] as const;

/** Outside priors the radiologist will compare with: asked for and not yet here, or here (the facilities on hover). */
function PriorStudies({ requests }: { requests: NonNullable<WorklistPatient>["priorStudyRequests"] }) {
  return priorStates.map(({ status, label, color, testId }) => {
    const matching = (requests ?? []).filter((request) => request.status === status);
    return matching.length === 0 ? null : (
      <Badge
        key={status}
        color={color}
        variant="outline"
        size="sm"
        title={matching.map((request) => request.facility).join(", ")}
        data-testid={testId}
      >
        {label}
      </Badge>
    );
  });
}

/** What the technologist needs to know before the patient walks in: alerts, a missing screening, interpreter, prior auth, prep. */
function BeforeTheExam({ entry, patient }: { entry: WorklistEntryFieldsFragment; patient: WorklistPatient }) {
  const alerts = patient?.currentSafetyScreening?.alerts ?? [];
  const needsScreening = entry.order.procedure.screenings.length > 0 && patient !== null && !patient.currentSafetyScreening;
  return (
    <Group gap={4} mt={4}>
      {alerts.map((alert) => (
        <Badge key={alert} color="red" variant="light" size="sm" data-testid="worklist-alert">
          {screeningAlert.format(alert)}
        </Badge>
      ))}
      {needsScreening && (
        <Badge color="orange" variant="light" size="sm">
          No current screening
        </Badge>
      )}
      {patient?.interpreterNeeded && (
        <Badge color="grape" variant="light" size="sm">
          Interpreter
        </Badge>
      )}
      <PriorStudies requests={patient?.priorStudyRequests} />
      {entry.order.requiresPriorAuthorization && (
        <Badge color="gray" variant="light" size="sm">
          Prior auth required
        </Badge>
      )}
      {entry.order.procedure.preparation && (
        <Text size="xs" c="dimmed" w="100%">
          Prep: {entry.order.procedure.preparation}
        </Text>
      )}
    </Group>
  );
}

const stageColors: Record<string, string> = {
  BOOKED: "blue",
  ARRIVED: "cyan",
  CHECKED_IN: "indigo",
  IN_PROGRESS: "teal",
  COMPLETED: "green",
  PRELIMINARY: "lime",
  FINAL: "green",
  DISTRIBUTED: "gray",
  NO_SHOW: "red",
  DISCONTINUED: "orange",
};

/**
 * The day at the desk and in the rooms: every exam of the day in time order (STAT first among
 * those starting together), its stage, and the next steps the signed-in person may take — check
 * in, start and complete, report. Live: a change made anywhere shows within about two seconds.
 */
export function TodayScreen() {
  const { permissions, link } = useArea();
  const [day, setDay] = useState(dayFromToday(0));
  const [includeClosed, setIncludeClosed] = useState(false);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [modalityFilter, setModalityFilter] = useState<string | null>(null);
  const [onlyMineChosen, setOnlyMine] = useState<boolean | null>(null);
  const devices = useGraphQLQuery(["scheduling", "devices"], DevicesQuery, { kind: "SCANNER", first: 100 }, { staleTime: 60_000 });
  // A technologist or sonographer whose sign-in is linked to their staff record starts on their own exams.
  const me = useGraphQLQuery(["staff", "my-record"], MyStaffRecordQuery, {}, { staleTime: 300_000 }).data?.myStaffRecord ?? null;
  const scans = me?.role === "TECHNOLOGIST" || me?.role === "SONOGRAPHER";
  const onlyMine = Boolean(me) && (onlyMineChosen ?? scans);
  const list = useQueryWithPatient(
    ["scheduling", "worklist"],
    WorklistQuery,
    WorklistWithoutNamesQuery,
    { day, includeClosed, deviceId, modality: modalityFilter as Modality | null, technologistId: onlyMine ? (me?.id ?? null) : null },
    {
      placeholderData: keepPreviousData,
    },
  );
  useLiveDay(day);
  if (!permissions.allows("readAppointments"))
    return <NotAllowedPanel action="readAppointments" title="You cannot see the day's exams" subject="The day's worklist" phi />;
  const patients = new Map((list.data?.full?.worklist ?? []).map((entry) => [entry.id, entry.patient]));
  const entries = list.data?.data.worklist ?? [];
  return (
    <>
      <PageHeader title="Today" description="Arrivals, check-in, the exams in the rooms and their reports, in time order." />
      <Group mb="md" role="search" aria-label="Day">
        <DateField label="Day" clearable={false} value={day} onChange={(value) => value && setDay(value)} />
        <Select
          label="Room"
          placeholder="Every room"
          clearable
          data={(devices.data?.devices.nodes ?? []).map((device) => ({ value: device.id, label: device.name }))}
          value={deviceId}
          onChange={setDeviceId}
        />
        <Select
          label="Modality"
          placeholder="Every modality"
          clearable
          data={modality.options}
          value={modalityFilter}
          onChange={setModalityFilter}
        />
        {me && (
          <Checkbox
            label={`Only my exams (${me.name.text})`}
            checked={onlyMine}
            onChange={(event) => setOnlyMine(event.currentTarget.checked)}
            mt="lg"
            data-testid="only-my-exams"
          />
        )}
        <Checkbox
          label="Show cancelled and no-shows"
          checked={includeClosed}
          onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
          mt="lg"
        />
      </Group>
      {list.data?.full === null && (
        <Alert color="gray" mb="md" role="status">
          Patient names and MRNs are hidden: the Patients area does not show them to your role.
        </Alert>
      )}
      {list.isPending ? (
        <Loading label="Loading the day's exams" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} title="Could not load the day's exams" />
      ) : entries.length === 0 ? (
        <Text c="dimmed" data-testid="worklist-empty">
          {onlyMine ? "None of your exams on this day." : "No exams on this day."}
        </Text>
      ) : (
        <Table striped aria-label="The day's exams" data-testid="worklist-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Time</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Exam</Table.Th>
              <Table.Th>Room</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Next</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => {
              const patient = patients.get(entry.id) ?? null;
              return (
                <Table.Tr key={entry.id} data-testid="worklist-row" data-stage={entry.stage}>
                  <Table.Td>
                    <Anchor component={Link} to={link(`appointments/${entry.id}`)}>
                      {/* The day is chosen above: the times alone, so the column stays narrow. */}
                      {`${formatTime(entry.startsAt)}–${formatTime(entry.endsAt)}`}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PatientLabel patient={patient} />
                    <BeforeTheExam entry={entry} patient={patient} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <PriorityBadge value={entry.order.priority} />
                      <Text size="sm">{entry.order.procedure.name}</Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {entry.order.accessionNumber}
                      {entry.order.protocol ? ` · ${entry.order.protocol}` : ""}
                      {entry.order.procedure.contrast !== "NONE" ? ` · contrast ${entry.order.procedure.contrast.toLowerCase()}` : ""}
                    </Text>
                    {entry.administeredActivity && (
                      <Text size="xs" data-testid="administered-activity">
                        {entry.administeredActivity.radiopharmaceutical}, {entry.administeredActivity.activityMBq} MBq
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.device.name}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.technologist?.name.text ?? "No technologist booked"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stageColors[entry.stage] ?? "gray"} variant="light" data-testid="exam-stage">
                      {examStage.format(entry.stage)}
                    </Badge>
                    {entry.lateArrival && (
                      <Badge color="orange" variant="outline" ml={4}>
                        Late
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ExamActions
                      entry={entry}
                      patientId={patient?.id ?? ""}
                      patientName={patient?.name.text ?? `order ${entry.order.accessionNumber}`}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
