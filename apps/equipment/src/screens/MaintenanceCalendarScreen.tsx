import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router";
import type { MaintenanceWindowFragment } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { MaintenanceStatusBadge } from "../components/StatusBadge.tsx";
import { formatDateTime, maintenanceKind } from "../format.ts";
import { CompleteMaintenanceMutation, MaintenanceCalendarQuery } from "../operations/maintenance.ts";

type View = "week" | "month";

/** First day of the week (Monday) or month holding `date`, on the browser's clock. */
function periodStart(date: dayjs.Dayjs, view: View): dayjs.Dayjs {
  const day = date.startOf("day");
  return view === "month" ? day.startOf("month") : day.subtract((day.day() + 6) % 7, "day");
}

function WindowRow({ window, overdue }: { window: MaintenanceWindowFragment; overdue: boolean }) {
  const { link, permissions } = useArea();
  const queryClient = useQueryClient();
  const complete = useGraphQLMutation(CompleteMaintenanceMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["equipment"] });
      notifications.show({ color: "green", title: "Maintenance completed", message: `${window.device.name} is done.` });
    },
    onError: (error) => notifications.show({ color: "red", title: "Not completed", message: describeError(error) }),
  });
  return (
    <Table.Tr data-testid="maintenance-window" data-overdue={String(overdue)} bg={overdue ? "var(--mantine-color-red-light)" : undefined}>
      <Table.Td>
        {formatDateTime(window.startsAt)} – {dayjs(window.endsAt).format("HH:mm")}
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={link(`devices/${window.device.id}`)}>
          {window.device.name}
        </Anchor>
        {window.device.room ? ` (${window.device.room})` : ""}
      </Table.Td>
      <Table.Td>{maintenanceKind.format(window.kind)}</Table.Td>
      <Table.Td>{window.vendor ?? "—"}</Table.Td>
      <Table.Td>
        <MaintenanceStatusBadge status={window.status} overdue={overdue} />
      </Table.Td>
      {permissions.completeMaintenance && (
        <Table.Td>
          <Button
            size="xs"
            variant="light"
            loading={complete.isPending}
            onClick={() => complete.mutate({ maintenanceId: window.id })}
            aria-label={`Mark ${maintenanceKind.format(window.kind)} on ${window.device.name} complete`}
            data-testid="maintenance-complete"
          >
            Mark complete
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function WindowTable({
  windows,
  overdue,
  label,
  testId,
}: {
  windows: MaintenanceWindowFragment[];
  overdue: (w: MaintenanceWindowFragment) => boolean;
  label: string;
  testId: string;
}) {
  const { permissions } = useArea();
  return (
    <Table aria-label={label} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Window</Table.Th>
          <Table.Th>Device</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Vendor</Table.Th>
          <Table.Th>Status</Table.Th>
          {permissions.completeMaintenance && <Table.Th>Action</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {windows.map((window) => (
          <WindowRow key={window.id} window={window} overdue={overdue(window)} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Upcoming maintenance by week or month, overdue windows first and in red; coordinators schedule and complete. */
export function MaintenanceCalendarScreen() {
  const { link, permissions } = useArea();
  const [params, setParams] = useSearchParams();
  const view: View = params.get("view") === "month" ? "month" : "week";
  const from = params.get("from");
  const start = periodStart(from && dayjs(from).isValid() ? dayjs(from) : dayjs(), view);
  const end = view === "month" ? start.add(1, "month") : start.add(7, "day");
  const calendar = useGraphQLQuery(["equipment", "maintenance-calendar"], MaintenanceCalendarQuery, {
    asOf: start.toISOString(),
    withinDays: end.diff(start, "day"),
  });
  const go = (next: dayjs.Dayjs, nextView: View = view) => setParams({ view: nextView, from: next.format("YYYY-MM-DD") });
  const now = Date.now();
  const overdueIds = new Set(calendar.data?.maintenanceOverdue.map((window) => window.id));
  // The API's window is whole days from the start; the period ends at `end`.
  const due = (calendar.data?.maintenanceDue ?? []).filter((window) => Date.parse(window.startsAt) < end.valueOf());
  const byDay = new Map<string, MaintenanceWindowFragment[]>();
  for (const window of due) {
    const key = dayjs(window.startsAt).format("YYYY-MM-DD");
    byDay.set(key, [...(byDay.get(key) ?? []), window]);
  }
  const title = view === "month" ? start.format("MMMM YYYY") : `Week of ${start.format("D MMM YYYY")}`;

  return (
    <>
      <PageHeader
        title="Maintenance calendar"
        description="Preventive, corrective, calibration and phantom QA windows. A device cannot be booked during its window."
        actions={
          permissions.scheduleMaintenance && (
            <Button component={Link} to={link("maintenance/schedule")} data-testid="maintenance-schedule">
              Schedule maintenance
            </Button>
          )
        }
      />
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => go(start.subtract(1, view))} aria-label={`Previous ${view}`}>
            Previous
          </Button>
          <Button variant="default" size="xs" onClick={() => go(dayjs())}>
            Today
          </Button>
          <Button variant="default" size="xs" onClick={() => go(end)} aria-label={`Next ${view}`}>
            Next
          </Button>
          <Text fw={600} data-testid="maintenance-period">
            {title}
          </Text>
        </Group>
        <SegmentedControl
          aria-label="Calendar view"
          value={view}
          onChange={(value) => go(start, value as View)}
          data={[
            { value: "week", label: "Week" },
            { value: "month", label: "Month" },
          ]}
          data-testid="maintenance-view"
        />
      </Group>
      {/* Said only once the API has answered, so a coordinator never sees it flash by. */}
      {permissionsSettled(permissions) && !permissions.scheduleMaintenance && !permissions.completeMaintenance && (
        <Text size="sm" c="dimmed" mb="md" data-testid="maintenance-read-only">
          Coordinators schedule and complete maintenance; you see the calendar read-only.
        </Text>
      )}
      {calendar.isPending ? (
        <Loading label="Loading the maintenance calendar" />
      ) : calendar.isError ? (
        <ErrorAlert error={calendar.error} title="Could not load the maintenance calendar" />
      ) : (
        <Stack>
          {calendar.data.maintenanceOverdue.length > 0 && (
            <Alert color="red" title={`${calendar.data.maintenanceOverdue.length} overdue`} data-testid="maintenance-overdue">
              <Text size="sm" mb="xs">
                These windows have ended but the work is not recorded as complete.
              </Text>
              <WindowTable
                windows={calendar.data.maintenanceOverdue}
                overdue={() => true}
                label="Overdue maintenance"
                testId="maintenance-overdue-table"
              />
            </Alert>
          )}
          {byDay.size === 0 ? (
            <Text c="dimmed" data-testid="maintenance-empty">
              Nothing scheduled in this {view}.
            </Text>
          ) : (
            [...byDay.entries()].map(([day, windows]) => (
              <Paper key={day} withBorder p="sm" data-testid={`maintenance-day-${day}`}>
                <Title order={4} mb="xs">
                  {dayjs(day).format("dddd D MMMM")}
                </Title>
                <WindowTable
                  windows={windows}
                  overdue={(window) => overdueIds.has(window.id) || Date.parse(window.endsAt) < now}
                  label={`Maintenance on ${dayjs(day).format("D MMMM")}`}
                  testId="maintenance-day-table"
                />
              </Paper>
            ))
          )}
        </Stack>
      )}
    </>
  );
}
