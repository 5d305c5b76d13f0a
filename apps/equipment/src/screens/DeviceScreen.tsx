import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { DeviceStatusBadge, MaintenanceStatusBadge, SafeToUseBadge } from "../components/StatusBadge.tsx";
import { contractCoverage, deviceKind, formatDate, formatDateTime, maintenanceKind, modality } from "../format.ts";
import { DeviceQuery } from "../operations/device.ts";

const day = 86_400_000;

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

/** One device: what it is, where it stands, its maintenance history, downtime and service contracts. */
export function DeviceScreen() {
  const { deviceId = "" } = useParams();
  const { link, permissions } = useArea();
  // Downtime over the past nine months and the coming quarter (the API answers at most 366 days at a
  // time); fixed for the page's life so the query key is stable.
  const range = useMemo(() => {
    const now = Date.now();
    return { from: new Date(now - 275 * day).toISOString(), to: new Date(now + 90 * day).toISOString() };
  }, []);
  const query = useGraphQLQuery(["equipment", "device", deviceId], DeviceQuery, { id: deviceId, ...range });

  if (query.isPending) return <Loading label="Loading the device" />;
  if (query.isError) return <ErrorAlert error={query.error} title="Could not load the device" />;
  const device = query.data.device;
  if (!device) return <ErrorAlert error={new Error(`No device ${deviceId}.`)} title="Device not found" />;
  const now = Date.now();

  return (
    <>
      <PageHeader
        title={device.name}
        description={`${deviceKind.format(device.kind)} · ${device.manufacturer} ${device.model}`}
        actions={
          <>
            {device.kind === "ULTRASOUND_PROBE" && (
              <Button variant="default" component={Link} to={link(`disinfection/${device.id}`)}>
                Disinfection log
              </Button>
            )}
            {permissions.scheduleMaintenance && device.status !== "RETIRED" && (
              <Button component={Link} to={link(`maintenance/schedule?device=${device.id}`)} data-testid="device-schedule-maintenance">
                Schedule maintenance
              </Button>
            )}
          </>
        }
      />
      <Stack>
        <Paper withBorder p="md" data-testid="device-details">
          <Group mb="sm" gap="xs">
            <DeviceStatusBadge status={device.status} />
            <SafeToUseBadge safe={device.safeToUse} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Detail label="Modality" value={device.modality ? modality.format(device.modality) : "—"} />
            <Detail label="Serial number" value={device.serialNumber} />
            <Detail label="Room" value={device.room ?? "—"} />
            <Detail label="Installed" value={formatDate(device.installedOn)} />
            <Detail label="End of support" value={formatDate(device.endOfSupportOn)} />
          </SimpleGrid>
        </Paper>

        <Title order={3}>Maintenance history</Title>
        {device.maintenance.length === 0 ? (
          <Text c="dimmed" data-testid="device-maintenance-empty">
            No maintenance on record.
          </Text>
        ) : (
          <Table striped data-testid="device-maintenance" aria-label="Maintenance history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Window</Table.Th>
                <Table.Th>Vendor</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Completed</Table.Th>
                <Table.Th>Notes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {device.maintenance.map((window) => (
                <Table.Tr key={window.id} data-testid="device-maintenance-row">
                  <Table.Td>{maintenanceKind.format(window.kind)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(window.startsAt)} – {formatDateTime(window.endsAt)}
                  </Table.Td>
                  <Table.Td>{window.vendor ?? "—"}</Table.Td>
                  <Table.Td>
                    <MaintenanceStatusBadge
                      status={window.status}
                      overdue={(window.status === "SCHEDULED" || window.status === "IN_PROGRESS") && Date.parse(window.endsAt) < now}
                    />
                  </Table.Td>
                  <Table.Td>{formatDateTime(window.completedAt)}</Table.Td>
                  <Table.Td>{window.notes ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Title order={3}>Downtime</Title>
        <Text size="sm" c="dimmed">
          Maintenance windows and periods down over the past nine months and the next 90 days; the device cannot be booked then.
        </Text>
        {query.data.downtimeWindows.length === 0 ? (
          <Text c="dimmed" data-testid="device-downtime-empty">
            No downtime in this period.
          </Text>
        ) : (
          <Table striped data-testid="device-downtime" aria-label="Downtime">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reason</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Until</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.downtimeWindows.map((window) => (
                <Table.Tr key={`${window.reason}-${window.startsAt}`} data-testid="device-downtime-row">
                  <Table.Td>{window.maintenance ? maintenanceKind.format(window.maintenance.kind) : "Down"}</Table.Td>
                  <Table.Td>{formatDateTime(window.startsAt)}</Table.Td>
                  <Table.Td>{window.endsAt ? formatDateTime(window.endsAt) : "Still down"}</Table.Td>
                  <Table.Td>{window.note ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Title order={3}>Service contracts</Title>
        {device.serviceContracts.length === 0 ? (
          <Text c="dimmed">No service contract on record.</Text>
        ) : (
          <Table striped data-testid="device-contracts" aria-label="Service contracts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Vendor</Table.Th>
                <Table.Th>Coverage</Table.Th>
                <Table.Th>Dates</Table.Th>
                <Table.Th>Annual cost</Table.Th>
                <Table.Th>Response time</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {device.serviceContracts.map((contract) => (
                <Table.Tr key={contract.id}>
                  <Table.Td>{contract.vendor}</Table.Td>
                  <Table.Td>{contractCoverage.format(contract.coverage)}</Table.Td>
                  <Table.Td>
                    {formatDate(contract.startsOn)} – {formatDate(contract.endsOn)}
                  </Table.Td>
                  <Table.Td>{contract.annualCost}</Table.Td>
                  <Table.Td>{contract.responseTimeHours} h</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Anchor component={Link} to={link("")}>
          Back to the registry
        </Anchor>
      </Stack>
    </>
  );
}
