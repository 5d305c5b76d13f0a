import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { graphqlRequest, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { RosterQuery as RosterResult } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { addDays, formatDay, weekStart, zonedDate, zonedTime, zonedToday } from "../department-time.ts";
import { formatCode, formatModality, modalityCodes } from "../format.ts";
import { CoverageGapsQuery, DepartmentHoursQuery, RosterQuery } from "../operations/shift.ts";

type RosterMember = RosterResult["staffDirectory"]["nodes"][number];
interface RosterShift {
  id: string;
  startsAt: string;
  endsAt: string;
  modality: string | null;
  location: string | null;
  kind: string;
  person: string;
  role: string;
}

/** Every active person's shifts in the week (the directory pages at most 100 people at a time). */
async function fetchRoster(from: string, to: string): Promise<RosterShift[]> {
  const members: RosterMember[] = [];
  let after: string | null = null;
  do {
    const page: RosterResult = await graphqlRequest(RosterQuery, { from, to, first: 100, after });
    members.push(...page.staffDirectory.nodes);
    after = page.staffDirectory.pageInfo.hasNextPage ? page.staffDirectory.pageInfo.endCursor : null;
  } while (after);
  return members.flatMap((member) => member.shifts.map((shift) => ({ ...shift, person: member.name.text, role: member.role })));
}

/** The week's shifts by modality and day, with the hours no credentialed technologist covers. */
export function ShiftRosterScreen() {
  const { link, permissions } = useArea();
  const [params, setParams] = useSearchParams();
  const hours = useGraphQLQuery(["staff", "department-hours"], DepartmentHoursQuery, {}, { staleTime: Infinity });
  const timeZone = hours.data?.departmentHours.timeZone;
  const requested = params.get("week");
  const monday = timeZone ? weekStart(requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : zonedToday(timeZone)) : null;
  const sunday = monday ? addDays(monday, 6) : null;
  const days = monday ? Array.from({ length: 7 }, (_, index) => addDays(monday, index)) : [];

  const roster = useQuery({
    queryKey: ["staff", "roster", monday],
    queryFn: () => fetchRoster(monday ?? "", sunday ?? ""),
    enabled: monday !== null,
  });
  const gaps = useGraphQLQuery(
    ["staff", "coverage-gaps"],
    CoverageGapsQuery,
    { from: monday ?? "", to: sunday ?? "" },
    { enabled: monday !== null },
  );

  const header = (
    <PageHeader
      title="Shift roster"
      description={
        timeZone
          ? `Week by modality, on the department's clock (${timeZone}). Coverage gaps are hours without a credentialed technologist on a regular shift.`
          : undefined
      }
      actions={
        permissions.assignShifts && (
          <Button component={Link} to={link(`roster/assign${monday ? `?week=${monday}` : ""}`)} data-testid="roster-assign-shift">
            Assign shift
          </Button>
        )
      }
    />
  );
  if (hours.isError)
    return (
      <>
        {header}
        <ErrorAlert error={hours.error} title="Could not load department hours" />
      </>
    );
  if (!timeZone || !monday)
    return (
      <>
        {header}
        <Loading label="Loading the roster" />
      </>
    );

  const shifts = roster.data ?? [];
  const rows = [...modalityCodes, ...(shifts.some((shift) => shift.modality === null) ? [null] : [])];
  const gapList = gaps.data?.coverageGaps ?? [];

  return (
    <>
      {header}
      <Group mb="md">
        <Button variant="default" size="xs" onClick={() => setParams({ week: addDays(monday, -7) })}>
          Previous week
        </Button>
        <Button variant="default" size="xs" onClick={() => setParams({})}>
          This week
        </Button>
        <Button variant="default" size="xs" onClick={() => setParams({ week: addDays(monday, 7) })}>
          Next week
        </Button>
        <Text fw={600} data-testid="roster-week">
          {formatDay(monday)} – {formatDay(addDays(monday, 6))}
        </Text>
      </Group>
      {roster.isError && <ErrorAlert error={roster.error} title="Could not load the shifts" />}
      {gaps.isError && <ErrorAlert error={gaps.error} title="Could not load coverage gaps" />}
      {roster.isPending ? (
        <Loading label="Loading the shifts" />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withColumnBorders withTableBorder data-testid="roster-table" aria-label="Shift roster by modality">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Modality</Table.Th>
                {days.map((day) => (
                  <Table.Th key={day}>{formatDay(day)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((modality) => (
                <Table.Tr key={modality ?? "none"}>
                  <Table.Th scope="row">{formatModality(modality)}</Table.Th>
                  {days.map((day) => {
                    const cellShifts = shifts
                      .filter((shift) => shift.modality === modality && zonedDate(shift.startsAt, timeZone) === day)
                      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
                    const cellGaps = gapList.filter((gap) => gap.modality === modality && zonedDate(gap.startsAt, timeZone) === day);
                    return (
                      <Table.Td
                        key={day}
                        valign="top"
                        bg={cellGaps.length > 0 ? "red.0" : undefined}
                        data-testid={`roster-cell-${modality ?? "none"}-${day}`}
                        data-gap={cellGaps.length > 0 ? "true" : "false"}
                      >
                        <Stack gap={4}>
                          {cellShifts.map((shift) => (
                            <div key={shift.id} data-testid="roster-shift">
                              <Text size="sm" fw={500}>
                                {shift.person}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {zonedTime(shift.startsAt, timeZone)}–{zonedTime(shift.endsAt, timeZone)}
                                {zonedDate(shift.endsAt, timeZone) !== day ? " (+1)" : ""}
                                {shift.location ? ` · ${shift.location}` : ""} · {formatCode(shift.role)}
                              </Text>
                              {shift.kind === "ON_CALL" && (
                                <Badge size="xs" color="grape" variant="light">
                                  On call
                                </Badge>
                              )}
                            </div>
                          ))}
                          {cellGaps.map((gap) => (
                            <Text key={gap.startsAt} size="xs" c="red.8" fw={600} data-testid="roster-gap">
                              Gap {zonedTime(gap.startsAt, timeZone)}–{zonedTime(gap.endsAt, timeZone)}
                            </Text>
                          ))}
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!permissions.assignShifts && (
        <Alert color="gray" mt="md" data-testid="roster-read-only">
          The roster is read-only for you; coordinators, the imaging manager and administrators assign shifts.
        </Alert>
      )}
    </>
  );
}
