import { Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import type { PriorStudyRequestFieldsFragment, PriorStudyRequestStatus } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatDateTime } from "../../format.ts";
import { PatientPriorStudyRequestsQuery } from "../../operations/prior-study-request.ts";
import { RequestPriorStudiesModal } from "./RequestPriorStudiesModal.tsx";
import { UpdatePriorStudyRequestModal } from "./UpdatePriorStudyRequestModal.tsx";

const statusColor: Record<PriorStudyRequestStatus, string> = { REQUESTED: "blue", RECEIVED: "green", CANCELLED: "gray", FAILED: "red" };

type Dialog = { kind: "request" } | { kind: "update"; request: PriorStudyRequestFieldsFragment } | null;

/** Requests to outside facilities for the patient's earlier images. */
export function PriorStudiesPanel({ patientId }: { patientId: string }) {
  const { permissions } = useArea();
  const [dialog, setDialog] = useState<Dialog>(null);
  const result = useGraphQLQuery(["patients", "prior-study-requests", patientId], PatientPriorStudyRequestsQuery, { id: patientId });
  const requests = result.data?.patient?.priorStudyRequests ?? [];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3}>Outside prior studies</Title>
        {permissions.requestPriorStudies && (
          <Button variant="light" onClick={() => setDialog({ kind: "request" })}>
            Request prior studies
          </Button>
        )}
      </Group>
      {result.isPending && <Loading label="Loading prior study requests" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load prior study requests" />}
      {result.isSuccess && requests.length === 0 && <Text c="dimmed">No requests for outside studies.</Text>}
      {requests.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="prior-study-list" aria-label="Prior study requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Facility</Table.Th>
                <Table.Th>Studies</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Requested</Table.Th>
                <Table.Th>Received</Table.Th>
                {permissions.requestPriorStudies && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>{request.facility}</Table.Td>
                  <Table.Td>
                    {request.studiesDescription ?? "—"}
                    {request.note && (
                      <Text size="xs" c="dimmed">
                        {request.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColor[request.status]} variant="light">
                      {formatCode(request.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(request.requestedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {request.requestedBy.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {request.receivedAt ? (
                      <>
                        <Text size="sm">{formatDateTime(request.receivedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {request.receivedBy?.name ?? "—"}
                        </Text>
                      </>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  {permissions.requestPriorStudies && (
                    <Table.Td>
                      {request.status === "REQUESTED" && (
                        <Button size="xs" variant="light" onClick={() => setDialog({ kind: "update", request })}>
                          Update
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === "request" && <RequestPriorStudiesModal patientId={patientId} onClose={() => setDialog(null)} />}
      {dialog?.kind === "update" && <UpdatePriorStudyRequestModal request={dialog.request} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
