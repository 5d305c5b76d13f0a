import { CursorPager, useCursorPaging } from "@gantry/web-kit/components/CursorPager";
import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Group, Select, Table, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { DeviceKind, DeviceStatus, Modality } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { DeviceStatusBadge, SafeToUseBadge } from "../components/StatusBadge.tsx";
import { deviceKind, deviceStatus, modality } from "../format.ts";
import { DevicesQuery } from "../operations/device.ts";

const pageSize = 25;

/** The device register: every scanner, probe, injector and workstation, filtered by modality, kind and status. */
export function DeviceRegistryScreen() {
  const { link } = useArea();
  const [modalityFilter, setModality] = useState<Modality | null>(null);
  const [kind, setKind] = useState<DeviceKind | null>(null);
  const [status, setStatus] = useState<DeviceStatus | null>(null);
  const paging = useCursorPaging(pageSize);
  const devices = useGraphQLQuery(
    ["equipment", "devices"],
    DevicesQuery,
    { modality: modalityFilter, kind, status, first: pageSize, after: paging.after },
    { placeholderData: keepPreviousData },
  );
  const page = devices.data?.devices;
  const filter =
    <T extends string>(set: (value: T | null) => void) =>
    (value: string | null) => {
      set(value as T | null);
      paging.reset();
    };

  return (
    <>
      <PageHeader
        title="Device registry"
        description="Scanners, ultrasound probes, injectors and workstations, with their current status."
      />
      <Group align="flex-end" mb="md">
        <Select
          label="Modality"
          placeholder="All modalities"
          data={modality.options}
          value={modalityFilter}
          onChange={filter<Modality>(setModality)}
          clearable
          data-testid="device-registry-modality"
          w={200}
        />
        <Select
          label="Kind"
          placeholder="All kinds"
          data={deviceKind.options}
          value={kind}
          onChange={filter<DeviceKind>(setKind)}
          clearable
          data-testid="device-registry-kind"
          w={200}
        />
        <Select
          label="Status"
          placeholder="In service and out"
          description="Retired devices only when chosen"
          data={deviceStatus.options}
          value={status}
          onChange={filter<DeviceStatus>(setStatus)}
          clearable
          data-testid="device-registry-status"
          w={220}
        />
      </Group>
      {devices.isPending ? (
        <Loading label="Loading the device registry" />
      ) : devices.isError ? (
        <ErrorAlert error={devices.error} title="Could not load the device registry" />
      ) : page && page.nodes.length === 0 ? (
        <Text c="dimmed" data-testid="device-registry-empty">
          No device matches.
        </Text>
      ) : (
        page && (
          <>
            <Table striped highlightOnHover data-testid="device-registry-table" aria-label="Device registry">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Modality</Table.Th>
                  <Table.Th>Make and model</Table.Th>
                  <Table.Th>Serial</Table.Th>
                  <Table.Th>Room</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((device) => (
                  <Table.Tr key={device.id} data-testid="device-row" data-status={device.status}>
                    <Table.Td>
                      <Anchor component={Link} to={link(`devices/${device.id}`)}>
                        {device.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{deviceKind.format(device.kind)}</Table.Td>
                    <Table.Td>{device.modality ? modality.format(device.modality) : "—"}</Table.Td>
                    <Table.Td>
                      {device.manufacturer} {device.model}
                    </Table.Td>
                    <Table.Td>{device.serialNumber}</Table.Td>
                    <Table.Td>{device.room ?? "—"}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <DeviceStatusBadge status={device.status} />
                        {device.kind === "ULTRASOUND_PROBE" && <SafeToUseBadge safe={device.safeToUse} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <CursorPager paging={paging} page={page} countTestId="device-registry-count" />
          </>
        )
      )}
    </>
  );
}
