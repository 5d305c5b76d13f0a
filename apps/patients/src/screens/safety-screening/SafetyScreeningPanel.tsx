import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import type { SafetyScreeningFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatDateTime } from "../../format.ts";
import { PatientSafetyScreeningsQuery } from "../../operations/safety-screening.ts";
import { alertLabels, answerText, questionLabels } from "./screening-form.ts";
import { ScreeningFormModal } from "./ScreeningFormModal.tsx";

type Dialog = { kind: "record" } | { kind: "amend"; screening: SafetyScreeningFieldsFragment } | null;

/** Every answer with who gave it and when: the technologist checks these before the exam. */
function ScreeningAnswers({ screening }: { screening: SafetyScreeningFieldsFragment }) {
  return (
    <Table data-testid="screening-answers" aria-label="Screening answers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Question</Table.Th>
          <Table.Th>Answer</Table.Th>
          <Table.Th>Answered by</Table.Th>
          <Table.Th>When</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {screening.answers.map((answer) => (
          <Table.Tr key={answer.question}>
            <Table.Td>{questionLabels[answer.question]}</Table.Td>
            <Table.Td>{answerText(screening, answer.question)}</Table.Td>
            <Table.Td>{answer.answeredBy.name}</Table.Td>
            <Table.Td>{formatDateTime(answer.answeredAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function SafetyScreeningPanel({ patientId }: { patientId: string }) {
  const { permissions } = useArea();
  const [dialog, setDialog] = useState<Dialog>(null);
  const result = useGraphQLQuery(["patients", "safety-screenings", patientId], PatientSafetyScreeningsQuery, { id: patientId });
  const current = result.data?.patient?.currentSafetyScreening ?? null;
  const earlier = (result.data?.patient?.safetyScreenings ?? []).filter((screening) => screening.id !== current?.id);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3}>Safety screening</Title>
        {permissions.recordScreening && (
          <Group>
            {current && (
              <Button variant="default" onClick={() => setDialog({ kind: "amend", screening: current })}>
                Amend answers
              </Button>
            )}
            <Button variant="light" onClick={() => setDialog({ kind: "record" })}>
              Record new screening
            </Button>
          </Group>
        )}
      </Group>
      {result.isPending && <Loading label="Loading safety screening" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load safety screening" />}
      {result.isSuccess && !current && (
        <Alert color="orange" title="No current screening" data-testid="screening-missing">
          {earlier.length > 0 ? "The last screening has expired." : "This patient has not been screened."} Screen the patient before the
          exam.
        </Alert>
      )}
      {current && (
        <Stack data-testid="screening-current">
          <Text size="sm">
            Recorded {formatDateTime(current.recordedAt)} by {current.recordedBy.name} · valid until {formatDateTime(current.expiresAt)}
          </Text>
          {current.alerts.length > 0 ? (
            <Group gap="xs" aria-label="Screening alerts">
              {current.alerts.map((alert) => (
                <Badge key={alert} color="red" variant="filled">
                  {alertLabels[alert]}
                </Badge>
              ))}
            </Group>
          ) : (
            <Badge color="green" variant="light">
              No safety alerts
            </Badge>
          )}
          <ScreeningAnswers screening={current} />
        </Stack>
      )}
      {earlier.length > 0 && (
        <Stack gap="xs" mt="lg">
          <Title order={4}>Earlier screenings</Title>
          {earlier.map((screening) => (
            <Text size="sm" key={screening.id}>
              {formatDateTime(screening.recordedAt)} by {screening.recordedBy.name} · {screening.isExpired ? "expired" : "valid until"}{" "}
              {formatDateTime(screening.expiresAt)}
              {screening.alerts.length > 0 && ` · alerts: ${screening.alerts.map((alert) => alertLabels[alert]).join(", ")}`}
            </Text>
          ))}
        </Stack>
      )}
      {dialog?.kind === "record" && <ScreeningFormModal patientId={patientId} screening={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === "amend" && (
        <ScreeningFormModal patientId={patientId} screening={dialog.screening} onClose={() => setDialog(null)} />
      )}
    </Paper>
  );
}
