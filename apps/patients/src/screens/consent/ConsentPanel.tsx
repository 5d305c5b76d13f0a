import { Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import type { ConsentFieldsFragment, ConsentStatus } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatDateTime } from "../../format.ts";
import { PatientConsentsQuery } from "../../operations/consent.ts";
import { RecordConsentModal, consentKindOptions, signerOptions } from "./RecordConsentModal.tsx";
import { RevokeConsentModal } from "./RevokeConsentModal.tsx";

const statusColor: Record<ConsentStatus, string> = { ACTIVE: "green", DRAFT: "blue", REJECTED: "orange", REVOKED: "gray" };

type Dialog = { kind: "record" } | { kind: "revoke"; consent: ConsentFieldsFragment } | null;

export function ConsentPanel({ patientId, patientName }: { patientId: string; patientName: string }) {
  const { permissions } = useArea();
  const [dialog, setDialog] = useState<Dialog>(null);
  const result = useGraphQLQuery(["patients", "consents", patientId], PatientConsentsQuery, { id: patientId });
  const consents = result.data?.patient?.consents ?? [];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3}>Consent</Title>
        {permissions.recordConsent && (
          <Button variant="light" onClick={() => setDialog({ kind: "record" })}>
            Record consent
          </Button>
        )}
      </Group>
      {result.isPending && <Loading label="Loading consents" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load consents" />}
      {result.isSuccess && consents.length === 0 && <Text c="dimmed">No consents on file.</Text>}
      {consents.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="consent-list" aria-label="Consents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Consent for</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Order</Table.Th>
                <Table.Th>Signed</Table.Th>
                <Table.Th>Recorded</Table.Th>
                {permissions.recordConsent && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.map((consent) => (
                <Table.Tr key={consent.id} data-testid="consent-row">
                  <Table.Td>{consentKindOptions.find((option) => option.value === consent.kind)?.label ?? consent.kind}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColor[consent.status]} variant="light">
                      {formatCode(consent.status)}
                    </Badge>
                    {consent.revokedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(consent.revokedAt)} by {consent.revokedBy?.name ?? "—"}: {consent.revocationReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{consent.orderReference ?? "—"}</Table.Td>
                  <Table.Td>
                    {consent.signedAt ? (
                      <>
                        <Text size="sm">{formatDateTime(consent.signedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {consent.signedBy?.name}
                          {consent.signedBy &&
                            consent.signedBy.relationship !== "SELF" &&
                            ` (${signerOptions.find((option) => option.value === consent.signedBy?.relationship)?.label})`}
                        </Text>
                      </>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(consent.recordedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {consent.recordedBy.name}
                    </Text>
                  </Table.Td>
                  {permissions.recordConsent && (
                    <Table.Td>
                      {consent.status === "ACTIVE" && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDialog({ kind: "revoke", consent })}>
                          Revoke
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
      {dialog?.kind === "record" && <RecordConsentModal patientId={patientId} patientName={patientName} onClose={() => setDialog(null)} />}
      {dialog?.kind === "revoke" && <RevokeConsentModal consent={dialog.consent} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
