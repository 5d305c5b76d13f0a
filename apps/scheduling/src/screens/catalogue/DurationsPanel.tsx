import { useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Button, Group, NumberInput, Paper, Select, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Modality, ProcedureQuery } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { DevicesQuery } from "../../operations/device.ts";
import { ClearProcedureDurationMutation, SetProcedureDurationMutation } from "../../operations/procedure.ts";

type Durations = NonNullable<ProcedureQuery["procedure"]>["durations"];

/** Room times that differ from the default on one device (a faster scanner, a slower room). */
export function DurationsPanel({
  procedureId,
  modality,
  durations,
  canManage,
}: {
  procedureId: string;
  modality: Modality;
  durations: Durations;
  canManage: boolean;
}) {
  const queryClient = useQueryClient();
  const devices = useGraphQLQuery(
    ["scheduling", "devices"],
    DevicesQuery,
    { modality, kind: "SCANNER", first: 100 },
    { enabled: canManage, staleTime: 60_000 },
  );
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | string>(20);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
  const set = useGraphQLMutation(SetProcedureDurationMutation, { onSuccess: refresh });
  const clear = useGraphQLMutation(ClearProcedureDurationMutation, { onSuccess: refresh });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="durations-title" data-testid="procedure-durations">
      <Title order={3} size="h4" mb="sm" id="durations-title">
        Room time per device
      </Title>
      <FailureAlert title="The room time was not saved" error={set.error ?? clear.error} />
      {durations.length === 0 ? (
        <Text size="sm" c="dimmed">
          The default room time applies on every device.
        </Text>
      ) : (
        <Table aria-label="Room time per device">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Minutes</Table.Th>
              {canManage && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {durations.map((duration) => (
              <Table.Tr key={duration.device.id}>
                <Table.Td>{duration.device.name}</Table.Td>
                <Table.Td>{duration.minutes}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Use the default on ${duration.device.name}`}
                      onClick={() => clear.mutate({ procedureId, deviceId: duration.device.id })}
                    >
                      Use default
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <Group align="flex-end" mt="sm">
          <Select
            label="Device"
            placeholder="Choose a device"
            data={(devices.data?.devices.nodes ?? []).map((device) => ({ value: device.id, label: device.name }))}
            value={deviceId}
            onChange={setDeviceId}
          />
          <NumberInput label="Minutes on that device" min={5} max={480} value={minutes} onChange={setMinutes} />
          <Button
            disabled={!deviceId}
            loading={set.isPending}
            onClick={() => deviceId && set.mutate({ procedureId, deviceId, minutes: Number(minutes) })}
          >
            Set room time
          </Button>
        </Group>
      )}
    </Paper>
  );
}
