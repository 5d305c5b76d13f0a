import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { TimeInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { MaintenanceKind } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { DateField } from "../components/DateField.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { maintenanceKind } from "../format.ts";
import { DevicesQuery } from "../operations/device.ts";
import { ScheduleMaintenanceMutation } from "../operations/maintenance.ts";

interface MaintenanceFormValues {
  deviceId: string | null;
  kind: string | null;
  date: string | null;
  startTime: string;
  endTime: string;
  vendor: string;
  notes: string;
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Books a maintenance window (coordinators). An overlap with the device's other windows comes back as CONFLICT. */
export function ScheduleMaintenanceScreen() {
  const { link, permissions } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const devices = useGraphQLQuery(["equipment", "devices"], DevicesQuery, { first: 100 }, { enabled: permissions.scheduleMaintenance });
  const schedule = useGraphQLMutation(ScheduleMaintenanceMutation);
  // What was last asked for, in the coordinator's terms, for the conflict message.
  const [attempted, setAttempted] = useState<string | null>(null);
  const form = useForm<MaintenanceFormValues>({
    initialValues: {
      deviceId: params.get("device"),
      kind: null,
      date: null,
      startTime: "07:00",
      endTime: "09:00",
      vendor: "",
      notes: "",
    },
    validate: {
      deviceId: (value) => (value ? null : "Choose the device"),
      kind: (value) => (value ? null : "Choose the kind of maintenance"),
      date: (value) => (value ? null : "Enter the day of the window (YYYY-MM-DD)"),
      startTime: (value) => (timePattern.test(value) ? null : "Enter a start time as HH:mm"),
      endTime: (value, values) =>
        !timePattern.test(value)
          ? "Enter an end time as HH:mm"
          : value === values.startTime
            ? "The window must last longer than zero minutes"
            : null,
    },
  });

  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.scheduleMaintenance) {
    return (
      <Alert color="yellow" title="Scheduling maintenance is for coordinators" role="alert" data-testid="schedule-maintenance-forbidden">
        You can see the calendar, but only coordinators and administrators book maintenance windows.{" "}
        <Anchor component={Link} to={link("maintenance")}>
          Back to the calendar
        </Anchor>
      </Alert>
    );
  }
  if (devices.isPending) return <Loading label="Loading the maintenance form" />;
  if (devices.isError) return <ErrorAlert error={devices.error} title="Could not load the devices" />;
  const deviceOptions = devices.data.devices.nodes
    .filter((device) => device.status !== "RETIRED")
    .map((device) => ({ value: device.id, label: `${device.name} (${device.serialNumber})` }));

  const submit = form.onSubmit((values) => {
    const date = values.date ?? dayjs().format("YYYY-MM-DD");
    const startsAt = dayjs(`${date}T${values.startTime}`);
    // A window ending at or before its start time runs past midnight.
    let endsAt = dayjs(`${date}T${values.endTime}`);
    if (!endsAt.isAfter(startsAt)) endsAt = endsAt.add(1, "day");
    const device = deviceOptions.find((option) => option.value === values.deviceId)?.label ?? "the device";
    setAttempted(
      `${device}, ${startsAt.format("D MMM YYYY HH:mm")}–${endsAt.format(endsAt.isSame(startsAt, "day") ? "HH:mm" : "D MMM HH:mm")}`,
    );
    schedule.mutate(
      {
        input: {
          deviceId: values.deviceId ?? "",
          kind: values.kind as MaintenanceKind,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          vendor: values.vendor.trim() || null,
          notes: values.notes.trim() || null,
        },
      },
      {
        onSuccess: (data) => {
          void queryClient.invalidateQueries({ queryKey: ["equipment"] });
          notifications.show({
            color: "green",
            title: "Maintenance scheduled",
            message: `${data.scheduleMaintenance.device.name} is booked out.`,
          });
          void navigate(link(`maintenance?view=week&from=${date}`));
        },
      },
    );
  });

  const conflict = schedule.error?.code === "CONFLICT";
  return (
    <>
      <PageHeader title="Schedule maintenance" description="The device cannot be booked for exams during the window." />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Schedule maintenance" noValidate>
        <Stack>
          {conflict && (
            <Alert color="red" title="This window overlaps other maintenance" role="alert" data-testid="schedule-maintenance-conflict">
              You asked for {attempted}. {schedule.error?.message} Choose another time.
            </Alert>
          )}
          {schedule.isError && !conflict && (
            <Alert color="red" title="The maintenance was not scheduled" role="alert" data-testid="schedule-maintenance-error">
              {describeError(schedule.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Device"
              withAsterisk
              searchable
              nothingFoundMessage="No device matches"
              allowDeselect={false}
              data={deviceOptions}
              data-testid="schedule-maintenance-device"
              {...form.getInputProps("deviceId")}
            />
            <Select
              label="Kind"
              withAsterisk
              data={maintenanceKind.options}
              data-testid="schedule-maintenance-kind"
              {...form.getInputProps("kind")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Day" withAsterisk data-testid="schedule-maintenance-date" {...form.getInputProps("date")} />
            <TimeInput label="Starts" withAsterisk data-testid="schedule-maintenance-start" {...form.getInputProps("startTime")} />
            <TimeInput
              label="Ends"
              withAsterisk
              description="Before the start: ends next day"
              data-testid="schedule-maintenance-end"
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          <TextInput
            label="Vendor"
            placeholder="e.g. Siemens Healthineers"
            data-testid="schedule-maintenance-vendor"
            {...form.getInputProps("vendor")}
          />
          <Textarea label="Notes" autosize minRows={2} data-testid="schedule-maintenance-notes" {...form.getInputProps("notes")} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={link("maintenance")}>
              Cancel
            </Button>
            <Button type="submit" loading={schedule.isPending} data-testid="schedule-maintenance-submit">
              Schedule maintenance
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
