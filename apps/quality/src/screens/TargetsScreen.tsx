import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { dayFromToday } from "@gantry/web-kit/format";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { labelled, modality, patientClass, priority } from "@gantry/web-kit/labels";
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Table, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Kpi, KpiTargetFieldsFragment, Modality, OrderPriority, PatientClass } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { KpiTargetsQuery, SetKpiTargetMutation } from "../operations/kpi-target.ts";

const kpiName = labelled({
  REPORT_TURNAROUND: "Report turnaround",
  ORDER_TO_EXAM: "Order to exam",
  WAIT: "Wait (arrival to exam)",
  NO_SHOW_RATE: "No-show rate",
  LATE_CANCELLATION_RATE: "Late cancellations",
  EXAM_COMPLETION_RATE: "Exams completed",
  SCANNER_UTILIZATION: "Scanner utilization",
  REPEAT_RATE: "Repeats and rejects",
  CRITICAL_RESULTS_ON_TIME: "Critical results on time",
  INCIDENTS_PER_1000: "Incidents per 1,000 exams",
});
const unitWords: Record<string, string> = { MINUTES: "min", PERCENT: "%", PER_1000_EXAMS: "per 1,000" };

/** "≤ 60 min", "≥ 80 %": the target as the department reads it. */
function formatTarget(target: Pick<KpiTargetFieldsFragment, "value" | "unit" | "comparison">): string {
  return `${target.comparison === "AT_MOST" ? "≤" : "≥"} ${target.value.toLocaleString("en")} ${unitWords[target.unit] ?? ""}`;
}

function scopeOf(target: KpiTargetFieldsFragment): string {
  const parts = [priority.format(target.priority), patientClass.format(target.patientClass), modality.format(target.modality)];
  const named = parts.filter((part) => part !== "—");
  return named.length > 0 ? named.join(" · ") : "Every exam";
}

/**
 * The department's KPI targets in force on a day, each with its scope (a priority, patient class or
 * modality, or every exam) and since when; quality officers and the manager set new ones from today
 * or later, so a past period keeps the target that applied to it.
 */
export function TargetsScreen() {
  const { permissions } = useArea();
  const [asOf, setAsOf] = useState(dayFromToday());
  const targets = useGraphQLQuery(["quality", "targets", asOf], KpiTargetsQuery, { asOf });
  return (
    <>
      <PageHeader
        title="KPI targets"
        description="What the department aims for, per KPI and where it matters per priority, patient class or modality."
      />
      <Group mb="md" align="end">
        <TextInput
          type="date"
          label="In force on"
          value={asOf}
          onChange={(event) => event.currentTarget.value && setAsOf(event.currentTarget.value)}
        />
      </Group>
      {permissions.known &&
        (permissions.setTargets ? (
          <SetTargetForm />
        ) : (
          <Text c="dimmed" mb="md" data-testid="targets-read-only">
            Targets are set by quality officers and the imaging manager.
          </Text>
        ))}
      {targets.isPending ? (
        <Loading label="Loading the targets" />
      ) : targets.isError ? (
        <ErrorAlert error={targets.error} title="Could not load the targets" />
      ) : targets.data.kpiTargets.length === 0 ? (
        <Text c="dimmed" data-testid="targets-empty">
          No targets were in force on {asOf}.
        </Text>
      ) : (
        <Table striped aria-label="KPI targets in force" data-testid="targets-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>KPI</Table.Th>
              <Table.Th>For</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.data.kpiTargets.map((target) => (
              <Table.Tr key={target.id} data-testid="target-row">
                <Table.Td title={targets.data.kpiDefinitions.find((definition) => definition.kpi === target.kpi)?.definition}>
                  {kpiName.format(target.kpi)}
                </Table.Td>
                <Table.Td>{scopeOf(target)}</Table.Td>
                <Table.Td>{formatTarget(target)}</Table.Td>
                <Table.Td>
                  {target.effectiveFrom} ({target.createdBy})
                </Table.Td>
                <Table.Td>{target.note ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

interface Draft {
  kpi: string | null;
  value: number | string;
  priority: string | null;
  patientClass: string | null;
  modality: string | null;
  effectiveFrom: string;
  note: string;
}

function SetTargetForm() {
  const queryClient = useQueryClient();
  const empty: Draft = {
    kpi: null,
    value: "",
    priority: null,
    patientClass: null,
    modality: null,
    effectiveFrom: dayFromToday(),
    note: "",
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [tried, setTried] = useState(false);
  const set = useGraphQLMutation(SetKpiTargetMutation, {
    onSuccess: (data) => {
      void queryClient.invalidateQueries({ queryKey: ["quality"] });
      notifications.show({
        color: "green",
        title: "Target set",
        message: `${kpiName.format(data.setKpiTarget.kpi)}: ${formatTarget(data.setKpiTarget)} from ${data.setKpiTarget.effectiveFrom}.`,
      });
      setDraft(empty);
      setTried(false);
    },
  });
  const value = typeof draft.value === "number" ? draft.value : Number.NaN;
  const problems = {
    kpi: draft.kpi ? null : "Choose the KPI",
    value: Number.isFinite(value) && value >= 0 ? null : "A number, 0 or more",
    effectiveFrom: draft.effectiveFrom >= dayFromToday() ? null : "Today or later: past periods keep their targets",
  };
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="form"
      aria-label="Set a target"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (Object.values(problems).some(Boolean) || !draft.kpi) return;
        set.mutate({
          input: {
            kpi: draft.kpi as Kpi,
            value,
            priority: (draft.priority as OrderPriority | null) ?? null,
            patientClass: (draft.patientClass as PatientClass | null) ?? null,
            modality: (draft.modality as Modality | null) ?? null,
            effectiveFrom: draft.effectiveFrom,
            note: draft.note.trim() || null,
          },
        });
      }}
    >
      {set.isError && (
        <Alert color="red" title="The target was not set" role="alert" mb="sm">
          {describeError(set.error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Select
          label="KPI"
          withAsterisk
          data={kpiName.options}
          value={draft.kpi}
          onChange={(kpi) => change({ kpi })}
          error={tried && problems.kpi}
        />
        <NumberInput
          label="Target"
          description="Minutes, a percentage, or per 1,000 exams"
          withAsterisk
          min={0}
          value={draft.value}
          onChange={(next) => change({ value: next })}
          error={tried && problems.value}
        />
        <TextInput
          type="date"
          label="From"
          withAsterisk
          value={draft.effectiveFrom}
          onChange={(event) => change({ effectiveFrom: event.currentTarget.value })}
          error={tried && problems.effectiveFrom}
        />
        <TextInput label="Note" value={draft.note} maxLength={500} onChange={(event) => change({ note: event.currentTarget.value })} />
        <Select
          label="Priority"
          placeholder="Every priority"
          clearable
          data={priority.options}
          value={draft.priority}
          onChange={(next) => change({ priority: next })}
        />
        <Select
          label="Patient class"
          placeholder="Every class"
          clearable
          data={patientClass.options}
          value={draft.patientClass}
          onChange={(next) => change({ patientClass: next })}
        />
        <Select
          label="Modality"
          placeholder="Every modality"
          clearable
          data={modality.options}
          value={draft.modality}
          onChange={(next) => change({ modality: next })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={set.isPending} data-testid="target-submit">
          Set target
        </Button>
      </Group>
    </Paper>
  );
}
