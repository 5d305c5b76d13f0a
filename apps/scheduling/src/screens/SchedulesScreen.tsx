import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { DevicesQuery } from "../operations/device.ts";
import { DeviceScheduleQuery } from "../operations/schedule.ts";
import { dayFromToday } from "../time.ts";
import { ExceptionsPanel } from "./schedules/ExceptionsPanel.tsx";
import { ReservedBlocksPanel } from "./schedules/ReservedBlocksPanel.tsx";
import { WeeklyHoursPanel } from "./schedules/WeeklyHoursPanel.tsx";

/** Each device's opening hours, date exceptions and reserved time; coordinators change them, everyone reads. */
export function SchedulesScreen() {
  const { permissions } = useArea();
  const [params, setParams] = useSearchParams();
  const deviceId = params.get("device");
  const devices = useGraphQLQuery(["scheduling", "devices"], DevicesQuery, { kind: "SCANNER", first: 100 }, { staleTime: 60_000 });
  const today = dayFromToday(0);
  // The coming seven days' booked minutes: how full the device is, without naming anyone.
  const [weekFrom] = useState(() => new Date().toISOString());
  const schedule = useGraphQLQuery(
    ["scheduling", "device-schedule"],
    DeviceScheduleQuery,
    {
      id: deviceId ?? "",
      from: today,
      to: dayFromToday(365),
      weekFrom,
      weekTo: new Date(Date.parse(weekFrom) + 7 * 86_400_000).toISOString(),
    },
    { enabled: deviceId !== null },
  );
  if (!permissions.allows("readSchedules"))
    return <NotAllowedPanel action="readSchedules" title="You cannot see device schedules" subject="Reading device schedules" />;
  const canManage = permissions.allows("manageSchedules");
  const device = schedule.data?.device;
  return (
    <>
      <PageHeader
        title="Schedules"
        description={
          canManage
            ? "Opening hours, exceptions and reserved time of each device."
            : "Opening hours, exceptions and reserved time of each device (changed by coordinators)."
        }
      />
      <Stack>
        <Select
          label="Device"
          placeholder="Choose a device"
          searchable
          data={(devices.data?.devices.nodes ?? []).map((entry) => ({
            value: entry.id,
            label: `${entry.name}${entry.modality ? ` (${entry.modality})` : ""}`,
          }))}
          value={deviceId}
          onChange={(value) => setParams(value ? { device: value } : {})}
          data-testid="schedules-device"
          maw={420}
        />
        {devices.isError && <ErrorAlert error={devices.error} title="Could not load the devices" />}
        {deviceId === null ? (
          <Text c="dimmed">Choose a device to see its schedule.</Text>
        ) : schedule.isPending ? (
          <Loading label="Loading the schedule" />
        ) : schedule.isError ? (
          <ErrorAlert error={schedule.error} title="Could not load the schedule" />
        ) : !device ? (
          <Text role="alert">No device with this id.</Text>
        ) : (
          <>
            <Text size="sm" data-testid="schedules-booked-minutes">
              {device.name} ({device.status.toLowerCase()}): {device.bookedMinutes} minutes booked in the next 7 days.
            </Text>
            <WeeklyHoursPanel deviceId={device.id} hours={device.weeklyHours} canManage={canManage} />
            <ExceptionsPanel deviceId={device.id} exceptions={device.scheduleExceptions} canManage={canManage} />
            <ReservedBlocksPanel deviceId={device.id} blocks={device.reservedBlocks} canManage={canManage} />
          </>
        )}
      </Stack>
    </>
  );
}
