import { dayFromToday } from "@gantry/web-kit/format";
import { graphqlAnswer } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";
import { Alert, Anchor, Card, Group, List, SimpleGrid, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { parse, type DocumentNode } from "graphql";
import { Link } from "react-router";

interface DayEntry {
  id: string;
  startsAt: string;
  endsAt: string;
  stage: string;
  arrivedAt: string | null;
  order: { priority: string; procedure: { name: string } };
  device: { name: string };
  technologist: { id: string } | null;
}
interface MyDayAnswer {
  worklist: DayEntry[];
  myStaffRecord?: { id: string } | null;
  orderQueue?: { totalCount: number };
  openCriticalFindings?: { id: string; overdue: boolean }[];
}

/** What each role's day asks of the scheduling area: one request. */
function myDayQuery(roles: readonly string[]): DocumentNode {
  const queue = roles.some((role) => role === "scheduler" || role === "coordinator")
    ? "orderQueue(first: 1, filter: { unscheduledOnly: true }) { totalCount }"
    : "";
  const findings = roles.some((role) => role === "coordinator" || role === "radiologist") ? "openCriticalFindings { id overdue }" : "";
  // The technologist's own record (staff area), to pick their patients out of the day's.
  const me = roles.includes("technologist") ? "myStaffRecord { id }" : "";
  return parse(`query MyDay($day: Date!) {
    worklist(day: $day) { id startsAt endsAt stage arrivedAt order { priority procedure { name } } device { name } technologist { id } }
    ${queue} ${findings} ${me}
  }`);
}

const dayRoles = ["scheduler", "technologist", "radiologist", "coordinator"];
const time = (instant: string) => new Date(instant).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function Figure({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  return (
    <Card withBorder component={Link} to={to} padding="md" data-testid={testId} data-value={value}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Card>
  );
}

/**
 * "My day" on the home page, by role, from the scheduling area: the technologist's next patients,
 * the front desk's arrivals and unscheduled orders, the coordinator's late exams and escalations,
 * the radiologist's exams to report. Shown only to the roles whose day it is.
 */
export function MyDay({ session }: { session: Session }) {
  const roles = session.roles;
  const enabled = roles.some((role) => dayRoles.includes(role));
  const day = dayFromToday();
  const answer = useQuery({
    queryKey: ["shell", "my-day", day, roles.join(",")],
    queryFn: async () => {
      const { data, errors } = await graphqlAnswer<MyDayAnswer, { day: string }>(myDayQuery(roles), { day });
      if (!data) throw new Error(errors[0]?.message ?? "The scheduling area did not answer.");
      return data;
    },
    enabled,
    refetchInterval: 30_000,
  });
  if (!enabled) return null;
  if (answer.isError)
    return (
      <Alert color="gray" mb="lg" title="Your day is not available">
        {answer.error.message}
      </Alert>
    );
  if (!answer.data) return null;
  const now = Date.now();
  const entries = answer.data.worklist;
  const is = (...stages: string[]) => entries.filter((entry) => stages.includes(entry.stage));
  const notArrived = is("BOOKED").filter((entry) => Date.parse(entry.startsAt) < now);
  const runningLate = is("IN_PROGRESS").filter((entry) => Date.parse(entry.endsAt) < now);
  const overdue = (answer.data.openCriticalFindings ?? []).filter((finding) => finding.overdue).length;
  const myId = answer.data.myStaffRecord?.id;
  const mine = (list: DayEntry[]) => (myId ? list.filter((entry) => entry.technologist?.id === myId) : list);
  const next = mine([...is("CHECKED_IN"), ...is("ARRIVED"), ...is("BOOKED").filter((entry) => Date.parse(entry.startsAt) >= now)]).slice(
    0,
    5,
  );
  return (
    <section aria-label="My day" data-testid="my-day">
      <Title order={2} size="h3" mb="sm">
        My day
      </Title>
      {roles.includes("technologist") && (
        <Card withBorder mb="md" data-testid="my-day-next-patients">
          <Text fw={600} mb="xs">
            {myId ? "Your next patients" : "The next patients in every room"}
          </Text>
          {next.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody is waiting or booked for the rest of today.
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {next.map((entry) => (
                <List.Item key={entry.id}>
                  {time(entry.startsAt)} · {entry.order.procedure.name} · {entry.device.name} ·{" "}
                  {entry.stage === "CHECKED_IN" ? "checked in, ready" : entry.stage === "ARRIVED" ? "arrived" : "booked"}
                  {entry.order.priority === "STAT" ? " · STAT" : ""}
                </List.Item>
              ))}
            </List>
          )}
          <Anchor component={Link} to="/scheduling/today" size="sm" mt="xs">
            Open the day's worklist
          </Anchor>
        </Card>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="lg">
        {(roles.includes("scheduler") || roles.includes("coordinator")) && (
          <>
            <Figure
              label="Waiting at the desk or checked in"
              value={is("ARRIVED", "CHECKED_IN").length}
              to="/scheduling/today"
              testId="my-day-waiting"
            />
            <Figure label="Not arrived after their start" value={notArrived.length} to="/scheduling/board" testId="my-day-not-arrived" />
            <Figure
              label="Orders not yet scheduled"
              value={answer.data.orderQueue?.totalCount ?? 0}
              to="/scheduling/queue"
              testId="my-day-unscheduled"
            />
          </>
        )}
        {roles.includes("coordinator") && (
          <>
            <Figure label="Exams running past their slot" value={runningLate.length} to="/scheduling/board" testId="my-day-late" />
            <Figure label="Critical results overdue" value={overdue} to="/scheduling/critical-results" testId="my-day-overdue-findings" />
          </>
        )}
        {roles.includes("radiologist") && (
          <>
            <Figure
              label="Exams waiting for a report"
              value={is("COMPLETED", "PRELIMINARY").length}
              to="/scheduling/today"
              testId="my-day-to-report"
            />
            <Figure
              label="Critical results not yet communicated"
              value={answer.data.openCriticalFindings?.length ?? 0}
              to="/scheduling/critical-results"
              testId="my-day-open-findings"
            />
          </>
        )}
      </SimpleGrid>
      <Group />
    </section>
  );
}
