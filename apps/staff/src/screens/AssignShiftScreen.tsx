import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { TimeInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { Modality, ShiftKind } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { DateField } from "../components/DateField.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { addDays, formatDay, weekStart, zonedToday, zonedToInstant } from "../department-time.ts";
import { formatCode, modalityOptions } from "../format.ts";
import { StaffDirectoryQuery } from "../operations/staff-member.ts";
import { AssignShiftMutation, DepartmentHoursQuery } from "../operations/shift.ts";

interface ShiftFormValues {
  staffMemberId: string | null;
  date: string | null;
  startTime: string;
  endTime: string;
  modality: string | null;
  location: string;
  kind: string;
}

const kindOptions = [
  { value: "REGULAR", label: "Regular" },
  { value: "ON_CALL", label: "On call" },
];

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Assigns a shift (coordinators). An overlap with the person's other shifts comes back as CONFLICT. */
export function AssignShiftScreen() {
  const { link, permissions } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const hours = useGraphQLQuery(["staff", "department-hours"], DepartmentHoursQuery, {}, { staleTime: Infinity });
  const staff = useGraphQLQuery(["staff", "directory"], StaffDirectoryQuery, { first: 100 });
  const assign = useGraphQLMutation(AssignShiftMutation);
  // What was last sent, in the coordinator's terms, for the conflict message.
  const [attempted, setAttempted] = useState<string | null>(null);
  const week = params.get("week");
  const form = useForm<ShiftFormValues>({
    initialValues: {
      staffMemberId: null,
      date: week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? week : null,
      startTime: "07:00",
      endTime: "15:00",
      modality: null,
      location: "",
      kind: "REGULAR",
    },
    validate: {
      staffMemberId: (value) => (value ? null : "Choose who works the shift"),
      date: (value) => (value ? null : "Enter the day the shift starts (YYYY-MM-DD)"),
      startTime: (value) => (timePattern.test(value) ? null : "Enter a start time as HH:mm"),
      endTime: (value, values) =>
        !timePattern.test(value)
          ? "Enter an end time as HH:mm"
          : value === values.startTime
            ? "The shift must last longer than zero minutes"
            : null,
    },
  });

  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.assignShifts) {
    return (
      <Alert color="yellow" title="Shift assignment is for the staff office" role="alert" data-testid="assign-shift-forbidden">
        You can see the roster, but only coordinators, the imaging manager and administrators assign shifts.{" "}
        <Anchor component={Link} to={link("roster")}>
          Back to the roster
        </Anchor>
      </Alert>
    );
  }
  if (hours.isPending || staff.isPending) return <Loading label="Loading the shift form" />;
  if (hours.isError) return <ErrorAlert error={hours.error} title="Could not load department hours" />;
  if (staff.isError) return <ErrorAlert error={staff.error} title="Could not load the staff directory" />;
  const timeZone = hours.data.departmentHours.timeZone;
  const staffOptions = staff.data.staffDirectory.nodes.map((member) => ({
    value: member.id,
    label: `${member.name.text} (${formatCode(member.role)}, ${member.employeeId})`,
  }));

  const submit = form.onSubmit((values) => {
    const date = values.date ?? zonedToday(timeZone);
    // A shift ending at or before its start time runs past midnight (night shifts).
    const endDate = values.endTime <= values.startTime ? addDays(date, 1) : date;
    setAttempted(`${formatDay(date)} ${values.startTime}–${values.endTime}${endDate === date ? "" : " (next day)"} ${timeZone}`);
    assign.mutate(
      {
        input: {
          staffMemberId: values.staffMemberId ?? "",
          startsAt: zonedToInstant(date, values.startTime, timeZone),
          endsAt: zonedToInstant(endDate, values.endTime, timeZone),
          modality: (values.modality as Modality | null) ?? null,
          location: values.location.trim() || null,
          kind: values.kind as ShiftKind,
        },
      },
      {
        onSuccess: (data) => {
          void queryClient.invalidateQueries({ queryKey: ["staff"] });
          notifications.show({
            color: "green",
            title: "Shift assigned",
            message: `${data.assignShift.staffMember.name.text} is on the roster.`,
          });
          void navigate(link(`roster?week=${weekStart(date)}`));
        },
      },
    );
  });

  const conflict = assign.error?.code === "CONFLICT";
  return (
    <>
      <PageHeader title="Assign shift" description={`Times are on the department's clock (${timeZone}).`} />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Assign shift" noValidate>
        <Stack>
          {conflict && (
            <Alert color="red" title="This shift overlaps another shift" role="alert" data-testid="assign-shift-conflict">
              You asked for {attempted}. {assign.error?.message} Choose other times or another person.
            </Alert>
          )}
          {assign.isError && !conflict && (
            <Alert color="red" title="The shift was not assigned" role="alert" data-testid="assign-shift-error">
              {describeError(assign.error)}
            </Alert>
          )}
          <Select
            label="Staff member"
            withAsterisk
            searchable
            nothingFoundMessage="Nobody matches"
            data={staffOptions}
            data-testid="assign-shift-staff"
            {...form.getInputProps("staffMemberId")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Day" withAsterisk data-testid="assign-shift-date" {...form.getInputProps("date")} />
            <TimeInput label="Starts" withAsterisk data-testid="assign-shift-start" {...form.getInputProps("startTime")} />
            <TimeInput
              label="Ends"
              withAsterisk
              description="Before the start: ends next day"
              data-testid="assign-shift-end"
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Modality"
              placeholder="Not tied to a modality"
              clearable
              data={modalityOptions}
              data-testid="assign-shift-modality"
              {...form.getInputProps("modality")}
            />
            <TextInput label="Location" placeholder="e.g. CT-2" data-testid="assign-shift-location" {...form.getInputProps("location")} />
            <Select label="Kind" data={kindOptions} allowDeselect={false} data-testid="assign-shift-kind" {...form.getInputProps("kind")} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={link("roster")}>
              Cancel
            </Button>
            <Button type="submit" loading={assign.isPending} data-testid="assign-shift-submit">
              Assign shift
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
