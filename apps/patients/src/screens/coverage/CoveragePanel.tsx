import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import type { CoverageFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatDate, formatDateTime } from "../../format.ts";
import { PatientCoveragesQuery } from "../../operations/coverage.ts";
import {
  coverageStatusColor,
  coverageStatusOptions,
  labelOf,
  subscriberRelationOptions,
  verificationColor,
  verificationOutcomeOptions,
} from "./coverage-labels.ts";
import { CoverageFormModal } from "./CoverageFormModal.tsx";
import { VerifyCoverageModal } from "./VerifyCoverageModal.tsx";

type Dialog =
  | { kind: "add" }
  | { kind: "edit"; coverage: CoverageFieldsFragment }
  | { kind: "verify"; coverage: CoverageFieldsFragment }
  | null;

function Verification({ coverage }: { coverage: CoverageFieldsFragment }) {
  if (!coverage.verificationOutcome)
    return (
      <Text size="sm" c="dimmed">
        Not verified
      </Text>
    );
  return (
    <Stack gap={2}>
      <Badge color={verificationColor[coverage.verificationOutcome]} variant="light">
        {labelOf(verificationOutcomeOptions, coverage.verificationOutcome)}
      </Badge>
      <Text size="xs" c="dimmed">
        {coverage.verifiedBy?.name ?? "—"}, {formatDateTime(coverage.verifiedAt)}
      </Text>
      {coverage.verificationNote && <Text size="xs">{coverage.verificationNote}</Text>}
    </Stack>
  );
}

/** The patient's insurance on file, with eligibility checks. */
export function CoveragePanel({ patientId }: { patientId: string }) {
  const { permissions } = useArea();
  const [dialog, setDialog] = useState<Dialog>(null);
  const result = useGraphQLQuery(["patients", "coverages", patientId], PatientCoveragesQuery, { id: patientId });
  const coverages = result.data?.patient?.coverages ?? [];

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3}>Insurance coverage</Title>
        {permissions.keepCoverage && (
          <Button variant="light" onClick={() => setDialog({ kind: "add" })}>
            Add coverage
          </Button>
        )}
      </Group>
      {result.isPending && <Loading label="Loading coverage" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load coverage" />}
      {result.isSuccess && coverages.length === 0 && <Text c="dimmed">No insurance on file.</Text>}
      {coverages.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="coverage-list" aria-label="Insurance coverage">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payer and plan</Table.Th>
                <Table.Th>Member ID</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th>Subscriber</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Verification</Table.Th>
                {permissions.keepCoverage && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coverages.map((coverage) => (
                <Table.Tr key={coverage.id} data-testid="coverage-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {coverage.payer}
                    </Text>
                    {coverage.plan && <Text size="xs">{coverage.plan}</Text>}
                  </Table.Td>
                  <Table.Td>{coverage.memberId}</Table.Td>
                  <Table.Td>{coverage.groupNumber ?? "—"}</Table.Td>
                  <Table.Td>{labelOf(subscriberRelationOptions, coverage.subscriberRelation)}</Table.Td>
                  <Table.Td>
                    <Badge color={coverageStatusColor[coverage.status]} variant="light">
                      {labelOf(coverageStatusOptions, coverage.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {coverage.period
                      ? `${formatDate(coverage.period.start)} – ${coverage.period.end ? formatDate(coverage.period.end) : "open"}`
                      : "—"}
                  </Table.Td>
                  <Table.Td>
                    <Verification coverage={coverage} />
                  </Table.Td>
                  {permissions.keepCoverage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Verify coverage ${coverage.payer}`}
                          onClick={() => setDialog({ kind: "verify", coverage })}
                        >
                          Verify
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Edit coverage ${coverage.payer}`}
                          onClick={() => setDialog({ kind: "edit", coverage })}
                        >
                          Edit
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === "add" && <CoverageFormModal patientId={patientId} coverage={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === "edit" && <CoverageFormModal patientId={patientId} coverage={dialog.coverage} onClose={() => setDialog(null)} />}
      {dialog?.kind === "verify" && <VerifyCoverageModal coverage={dialog.coverage} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
