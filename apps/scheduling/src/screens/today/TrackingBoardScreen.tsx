import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useArea } from "../../area-context.tsx";
import { PriorityBadge } from "../../components/Badges.tsx";
import { NotAllowedPanel } from "../../components/NotAllowedPanel.tsx";
import { examStage } from "../../labels.ts";
import { TrackingBoardQuery, TrackingBoardWithoutNamesQuery } from "../../operations/exam-day.ts";
import { useQueryWithPatient } from "../../patient-fallback.ts";
import { dayFromToday, formatTime } from "../../time.ts";
import { boardStatus, laneTitles, lanesOf, longWaitMinutes, type Lane } from "./board-lanes.ts";
import { useLiveDay } from "./live-day.ts";

/** Re-renders every 30 seconds, so the minutes in each state count up without a request. */
function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Today's patients by state: expected, waiting, in the room, done; STAT first; long waits, exams
 * running past their slot and patients not arrived after their start stand out. Live: a change made
 * anywhere shows within about two seconds. "Wall display" fills the screen for a corridor monitor.
 */
export function TrackingBoardScreen() {
  const { permissions } = useArea();
  const day = dayFromToday(0);
  const now = useClock();
  const board = useRef<HTMLDivElement>(null);
  useLiveDay(day);
  const answer = useQueryWithPatient(
    ["scheduling", "board"],
    TrackingBoardQuery,
    TrackingBoardWithoutNamesQuery,
    { day },
    {
      placeholderData: keepPreviousData,
    },
  );
  if (!permissions.allows("readAppointments"))
    return <NotAllowedPanel action="readAppointments" title="You cannot see the tracking board" subject="The tracking board" phi />;
  const names = new Map((answer.data?.full?.worklist ?? []).map((entry) => [entry.id, entry.patient.name.text]));
  const lanes = lanesOf(answer.data?.data.worklist ?? []);
  return (
    <div ref={board} className="tracking-board" data-testid="tracking-board">
      <PageHeader
        title="Tracking board"
        description={`Today's patients by state. Waits over ${longWaitMinutes} minutes and exams past their slot are marked.`}
        actions={
          <Button variant="light" onClick={() => void board.current?.requestFullscreen?.()} data-testid="board-wall">
            Wall display
          </Button>
        }
      />
      {answer.isPending ? (
        <Loading label="Loading the board" />
      ) : answer.isError ? (
        <ErrorAlert error={answer.error} title="Could not load the board" />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }} spacing="md">
          {(Object.keys(laneTitles) as Lane[]).map((lane) => (
            <section key={lane} aria-label={laneTitles[lane]} data-testid={`board-lane-${lane}`}>
              <Title order={2} size="h4" mb="xs">
                {laneTitles[lane]} ({lanes[lane].length})
              </Title>
              <Stack gap="xs">
                {lanes[lane].map((entry) => {
                  const status = boardStatus(entry, now);
                  return (
                    <Card
                      key={entry.id}
                      withBorder
                      padding="xs"
                      data-testid="board-card"
                      data-appointment={entry.id}
                      data-stage={entry.stage}
                      style={status.alert ? { borderColor: "var(--mantine-color-orange-7)", borderWidth: 2 } : undefined}
                    >
                      <Group justify="space-between" gap={4}>
                        <Text fw={600} size="sm">
                          {names.get(entry.id) ?? `Order ${entry.order.accessionNumber}`}
                        </Text>
                        <PriorityBadge value={entry.order.priority} />
                      </Group>
                      <Text size="sm">{entry.order.procedure.name}</Text>
                      <Text size="xs" c="dimmed">
                        {formatTime(entry.startsAt)} · {entry.device.name} · {examStage.format(entry.stage)}
                        {status.minutes !== null ? ` · ${status.minutes} min` : ""}
                      </Text>
                      {status.alert && (
                        <Badge color="orange" variant="filled" mt={4} data-testid="board-alert">
                          {status.alert}
                        </Badge>
                      )}
                    </Card>
                  );
                })}
              </Stack>
            </section>
          ))}
        </SimpleGrid>
      )}
    </div>
  );
}
