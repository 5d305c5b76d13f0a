import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Badge, Button, Checkbox, Group, NumberInput, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { FindingUrgency } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { NotAllowedPanel } from "../../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../../components/PatientLabel.tsx";
import { findingUrgency } from "../../labels.ts";
import { notifyDone } from "../../notify.ts";
import {
  CriticalResultLimitsQuery,
  OpenCriticalFindingsQuery,
  OpenCriticalFindingsWithoutNamesQuery,
  SetCriticalResultLimitMutation,
} from "../../operations/critical-result.ts";
import { useQueryWithPatient } from "../../patient-fallback.ts";
import { formatDateTime } from "../../time.ts";
import { CommunicationModal } from "./CommunicationModal.tsx";

/** The department's limit for one urgency, editable by those the catalogue allows. */
function LimitRow({ urgency, minutes, by, editable }: { urgency: string; minutes: number; by: string; editable: boolean }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | string>(minutes);
  const save = useGraphQLMutation(SetCriticalResultLimitMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling", "critical-limits"] });
      notifyDone(`${findingUrgency.format(urgency)}: ${value} minutes for new findings.`);
    },
  });
  return (
    <Table.Tr>
      <Table.Td>{findingUrgency.format(urgency)}</Table.Td>
      <Table.Td>
        {editable ? (
          <Group gap="xs">
            <NumberInput
              aria-label={`Minutes for ${findingUrgency.format(urgency)}`}
              min={1}
              max={43_200}
              allowDecimal={false}
              allowNegative={false}
              value={value}
              onChange={setValue}
              w={120}
            />
            <Button
              size="xs"
              variant="light"
              loading={save.isPending}
              onClick={() => save.mutate({ urgency: urgency as FindingUrgency, minutes: Number(value) })}
            >
              Save
            </Button>
          </Group>
        ) : (
          `${minutes} min`
        )}
        <FailureAlert title="Not saved" error={save.error} />
      </Table.Td>
      <Table.Td>{by}</Table.Td>
    </Table.Tr>
  );
}

/**
 * Critical results not yet communicated with a read-back, soonest due first; overdue ones are
 * escalated (marked red, and "overdue only" keeps just those). Closing the loop records who was told,
 * how, and the read-back. The department's limits per urgency sit below.
 */
export function CriticalResultsScreen() {
  const { permissions, link } = useArea();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [closing, setClosing] = useState<{ id: string; label: string } | null>(null);
  const list = useQueryWithPatient(
    ["scheduling", "critical-findings"],
    OpenCriticalFindingsQuery,
    OpenCriticalFindingsWithoutNamesQuery,
    { overdueOnly },
    {
      placeholderData: keepPreviousData,
      refetchInterval: 30_000,
    },
  );
  const limits = useGraphQLQuery(["scheduling", "critical-limits"], CriticalResultLimitsQuery, {});
  if (!permissions.allows("readAppointments"))
    return <NotAllowedPanel action="readAppointments" title="You cannot see critical results" subject="Critical results" phi />;
  const names = new Map((list.data?.full?.openCriticalFindings ?? []).map((finding) => [finding.id, finding.patient]));
  const findings = list.data?.data.openCriticalFindings ?? [];
  const canClose = permissions.allows("communicateCriticalFindings");
  return (
    <>
      <PageHeader
        title="Critical results"
        description="Findings waiting to be communicated with a read-back. Overdue ones are escalated here."
      />
      <Checkbox mb="md" label="Overdue only" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.currentTarget.checked)} />
      {list.isPending ? (
        <Loading label="Loading critical results" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} title="Could not load critical results" />
      ) : findings.length === 0 ? (
        <Text c="dimmed" data-testid="critical-empty">
          {overdueOnly ? "Nothing is overdue." : "Every finding has been communicated."}
        </Text>
      ) : (
        <Table striped aria-label="Open critical results" data-testid="critical-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Due</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Finding</Table.Th>
              <Table.Th>Exam</Table.Th>
              <Table.Th>Recorded</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {findings.map((finding) => {
              const label = `${finding.category} (${finding.appointment.order.accessionNumber})`;
              return (
                <Table.Tr key={finding.id} data-testid="critical-row" data-overdue={finding.overdue}>
                  <Table.Td>
                    {formatDateTime(finding.communicateBy)}
                    {finding.overdue && (
                      <Badge color="red" variant="filled" ml={6}>
                        Overdue
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <PatientLabel patient={names.get(finding.id) ?? null} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {finding.category}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {findingUrgency.format(finding.urgency)}
                      {finding.description ? ` · ${finding.description}` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={link(`appointments/${finding.appointment.id}`)}>
                      {finding.appointment.order.procedure.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {finding.recordedBy}, {formatDateTime(finding.recordedAt)}
                  </Table.Td>
                  <Table.Td>
                    {canClose && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setClosing({ id: finding.id, label })}
                        aria-label={`Communicated: ${label}`}
                      >
                        Communicated…
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4" mt="xl" mb="xs">
        Time limits
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        How long a finding may wait to be communicated, set by the department. A change applies to findings recorded after it.
      </Text>
      {limits.data && (
        <Table aria-label="Time limits per urgency" maw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Urgency</Table.Th>
              <Table.Th>Limit</Table.Th>
              <Table.Th>Set by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {limits.data.criticalResultLimits.map((limit) => (
              <LimitRow
                key={limit.urgency}
                urgency={limit.urgency}
                minutes={limit.minutes}
                by={limit.updatedBy}
                editable={permissions.allows("manageCriticalResultLimits")}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {closing && <CommunicationModal findingId={closing.id} label={closing.label} onClose={() => setClosing(null)} />}
    </>
  );
}
