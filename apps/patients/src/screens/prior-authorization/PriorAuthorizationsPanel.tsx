import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import type { PriorAuthorizationFieldsFragment, PriorAuthorizationStatus } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatDate, formatDateTime, today } from "../../format.ts";
import { PatientPriorAuthorizationsQuery } from "../../operations/prior-authorization.ts";
import { RecordDecisionModal } from "./RecordDecisionModal.tsx";
import { RequestPriorAuthorizationModal } from "./RequestPriorAuthorizationModal.tsx";

const statusColor: Record<PriorAuthorizationStatus, string> = { REQUESTED: "blue", APPROVED: "green", DENIED: "red", EXPIRED: "gray" };

type Dialog = { kind: "request" } | { kind: "decide"; authorization: PriorAuthorizationFieldsFragment } | null;

/** An approval whose window has passed no longer allows the exam, whatever its recorded status. */
function lapsed(authorization: PriorAuthorizationFieldsFragment): boolean {
  return authorization.status === "APPROVED" && authorization.validUntil !== null && authorization.validUntil < today();
}

export function PriorAuthorizationsPanel({ patientId }: { patientId: string }) {
  const { permissions } = useArea();
  const [dialog, setDialog] = useState<Dialog>(null);
  const result = useGraphQLQuery(["patients", "prior-authorizations", patientId], PatientPriorAuthorizationsQuery, { id: patientId });
  const authorizations = result.data?.patient?.priorAuthorizations ?? [];

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3}>Prior authorizations</Title>
        {permissions.requestPriorAuthorizations && (
          <Button variant="light" onClick={() => setDialog({ kind: "request" })}>
            Request prior authorization
          </Button>
        )}
      </Group>
      {result.isPending && <Loading label="Loading prior authorizations" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load prior authorizations" />}
      {result.isSuccess && authorizations.length === 0 && <Text c="dimmed">No prior authorizations on file.</Text>}
      {authorizations.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="prior-authorization-list" aria-label="Prior authorizations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Order</Table.Th>
                <Table.Th>Procedure</Table.Th>
                <Table.Th>Payer reference</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Valid</Table.Th>
                <Table.Th>Requested</Table.Th>
                <Table.Th>Decided</Table.Th>
                {permissions.requestPriorAuthorizations && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {authorizations.map((authorization) => (
                <Table.Tr key={authorization.id} data-testid="prior-authorization-row">
                  <Table.Td>{authorization.orderReference}</Table.Td>
                  <Table.Td>{authorization.procedureCode}</Table.Td>
                  <Table.Td>{authorization.payerReference ?? "—"}</Table.Td>
                  <Table.Td>
                    <Badge color={lapsed(authorization) ? "gray" : statusColor[authorization.status]} variant="light">
                      {lapsed(authorization) ? "Approved, lapsed" : formatCode(authorization.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {authorization.validFrom || authorization.validUntil
                      ? `${formatDate(authorization.validFrom)} – ${formatDate(authorization.validUntil)}`
                      : "—"}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(authorization.requestedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {authorization.requestedBy.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {authorization.decidedAt ? (
                      <Stack gap={0}>
                        <Text size="sm">{formatDateTime(authorization.decidedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {authorization.decidedBy?.name ?? "—"}
                        </Text>
                        {authorization.decisionNote && <Text size="xs">{authorization.decisionNote}</Text>}
                      </Stack>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  {permissions.requestPriorAuthorizations && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={`Record decision for order ${authorization.orderReference}`}
                        onClick={() => setDialog({ kind: "decide", authorization })}
                      >
                        Record decision
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === "request" && <RequestPriorAuthorizationModal patientId={patientId} onClose={() => setDialog(null)} />}
      {dialog?.kind === "decide" && <RecordDecisionModal authorization={dialog.authorization} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
