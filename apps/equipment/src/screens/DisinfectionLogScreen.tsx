import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Badge, Button, Grid, NavLink, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { SafeToUseBadge } from "../components/StatusBadge.tsx";
import { disinfectionMethod, formatDateTime } from "../format.ts";
import { DevicesQuery } from "../operations/device.ts";
import { ProbeStatusQuery } from "../operations/disinfection.ts";

function ProbeLog({ probeId }: { probeId: string }) {
  const { link, permissions } = useArea();
  const query = useGraphQLQuery(["equipment", "probe", probeId], ProbeStatusQuery, { probeId });
  if (query.isPending) return <Loading label="Loading the disinfection log" />;
  if (query.isError) return <ErrorAlert error={query.error} title="Could not load the disinfection log" />;
  const { probeDisinfectionStatus: status, disinfectionLog: log } = query.data;
  return (
    <Stack>
      <Paper withBorder p="md" data-testid="probe-status">
        <Title order={3}>{status.probe.name}</Title>
        <Text size="sm" c="dimmed" mb="xs">
          {status.probe.model} · serial {status.probe.serialNumber}
          {status.probe.room ? ` · ${status.probe.room}` : ""}
        </Text>
        <SafeToUseBadge safe={status.safeToUse} />
        {status.reason && (
          <Text size="sm" c="red" mt="xs" data-testid="probe-unsafe-reason">
            {status.reason}
          </Text>
        )}
        <Text size="sm" mt="xs">
          Last used: {formatDateTime(status.lastUsedAt)} · Last passing disinfection:{" "}
          {formatDateTime(status.lastPassingDisinfection?.performedAt)}
        </Text>
        {permissions.logDisinfection && (
          <Button mt="sm" component={Link} to={link(`disinfection/${probeId}/log`)} data-testid="probe-log-disinfection">
            Log disinfection
          </Button>
        )}
      </Paper>
      {log.length === 0 ? (
        <Text c="dimmed" data-testid="disinfection-log-empty">
          No disinfection logged for this probe.
        </Text>
      ) : (
        <Table striped data-testid="disinfection-log" aria-label="Disinfection log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Disinfectant lot</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.map((entry) => (
              <Table.Tr key={entry.id} data-testid="disinfection-row" data-result={entry.result}>
                <Table.Td>{formatDateTime(entry.performedAt)}</Table.Td>
                <Table.Td data-testid="disinfection-performed-by">{entry.performedBy?.name.text ?? "—"}</Table.Td>
                <Table.Td>{disinfectionMethod.format(entry.method)}</Table.Td>
                <Table.Td>{entry.disinfectantLot?.lotNumber ?? "—"}</Table.Td>
                <Table.Td>
                  <Badge color={entry.result === "PASS" ? "green" : "red"} variant="light">
                    {entry.result === "PASS" ? "Pass" : "Fail"}
                  </Badge>
                </Table.Td>
                <Table.Td>{entry.notes ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** High-level disinfection of ultrasound probes: each probe's safe-to-use status and its log (who, when, method, result). */
export function DisinfectionLogScreen() {
  const { probeId } = useParams();
  const { link } = useArea();
  const probes = useGraphQLQuery(["equipment", "devices"], DevicesQuery, { kind: "ULTRASOUND_PROBE", first: 100 });

  return (
    <>
      <PageHeader
        title="Probe disinfection"
        description="A probe without a passing high-level disinfection after its last use must not be used again."
      />
      {probes.isPending ? (
        <Loading label="Loading the probes" />
      ) : probes.isError ? (
        <ErrorAlert error={probes.error} title="Could not load the probes" />
      ) : probes.data.devices.nodes.length === 0 ? (
        <Text c="dimmed" data-testid="probes-empty">
          No ultrasound probe is registered.
        </Text>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <nav aria-label="Probes" data-testid="probe-list">
              {probes.data.devices.nodes.map((probe) => (
                <NavLink
                  key={probe.id}
                  component={Link}
                  to={link(`disinfection/${probe.id}`)}
                  active={probe.id === probeId}
                  label={probe.name}
                  description={probe.serialNumber}
                  rightSection={<SafeToUseBadge safe={probe.safeToUse} />}
                  data-testid="probe-list-item"
                />
              ))}
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {probeId ? (
              <ProbeLog probeId={probeId} />
            ) : (
              <Alert color="blue" title="Choose a probe">
                Pick a probe to see its status and disinfection log.
              </Alert>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
