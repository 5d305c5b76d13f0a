import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Badge, Group, SegmentedControl, Table, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { useArea } from "../area-context.tsx";
import { bandStyles, ExpiryBadge, VerificationBadge } from "../components/ExpiryBadge.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatCredentialKind, formatDate, formatDaysLeft } from "../format.ts";
import { CredentialsExpiringQuery } from "../operations/credential.ts";

const windows = [
  { value: "30", label: "30 days" },
  { value: "60", label: "60 days" },
  { value: "90", label: "90 days" },
];

/** Credentials of active staff running out, most urgent first; expired ones lead, highlighted. */
export function CredentialExpirationsScreen() {
  const { link } = useArea();
  const [withinDays, setWithinDays] = useState("90");
  const query = useGraphQLQuery(["staff", "credentials-expiring"], CredentialsExpiringQuery, {
    withinDays: Number(withinDays),
    includeExpired: true,
  });
  // The API already orders by urgency; sorting again keeps the promise if that ever changes.
  const rows = [...(query.data?.credentialsExpiring ?? [])].sort((a, b) => a.daysLeft - b.daysLeft);
  const counts = rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.band]: (acc[row.band] ?? 0) + 1 }), {});

  return (
    <>
      <PageHeader
        title="Credential expirations"
        description="Certifications and licences of active staff that have expired or expire soon, most urgent first."
      />
      <Group mb="md" justify="space-between">
        <SegmentedControl
          value={withinDays}
          onChange={setWithinDays}
          data={windows}
          aria-label="Expiring within"
          data-testid="expirations-window"
        />
        <Group gap="xs" aria-label="Counts by band">
          {["EXPIRED", "WITHIN_30_DAYS", "WITHIN_60_DAYS", "WITHIN_90_DAYS"].map((band) => (
            <Badge key={band} color={bandStyles[band]?.color} variant="light" data-testid={`expirations-count-${band.toLowerCase()}`}>
              {bandStyles[band]?.label}: {counts[band] ?? 0}
            </Badge>
          ))}
        </Group>
      </Group>
      {query.isPending ? (
        <Loading label="Loading expiring credentials" />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title="Could not load expiring credentials" />
      ) : rows.length === 0 ? (
        <Text c="dimmed" data-testid="expirations-empty">
          No credential has expired or expires within {withinDays} days.
        </Text>
      ) : (
        <Table data-testid="expirations-table" aria-label="Expiring credentials">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Urgency</Table.Th>
              <Table.Th>Staff member</Table.Th>
              <Table.Th>Credential</Table.Th>
              <Table.Th>Number</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Verification</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.credential.id}
                data-testid="expiration-row"
                data-band={row.band}
                bg={row.band === "EXPIRED" ? "red.1" : undefined}
                fw={row.band === "EXPIRED" ? 600 : undefined}
              >
                <Table.Td>
                  <ExpiryBadge band={row.band} daysLeft={row.daysLeft} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={link(`members/${row.staffMember.id}`)}>
                    {row.staffMember.name.text}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatCode(row.staffMember.role)} · {row.staffMember.employeeId}
                  </Text>
                </Table.Td>
                <Table.Td>{formatCredentialKind(row.credential.kind)}</Table.Td>
                <Table.Td>{row.credential.number}</Table.Td>
                <Table.Td>
                  {formatDate(row.credential.expiresOn)}
                  <Text size="xs" c={row.daysLeft < 0 ? "red" : "dimmed"}>
                    {formatDaysLeft(row.daysLeft)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <VerificationBadge status={row.credential.verification} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
