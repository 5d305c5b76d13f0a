import "react-big-calendar/lib/css/react-big-calendar.css";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Group, Paper, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { addDays, format, getDay, parse, startOfWeek } from "date-fns";
import { enGB } from "date-fns/locale";
import { useMemo, useState } from "react";
import { Calendar, dateFnsLocalizer, type View } from "react-big-calendar";
import type { Modality } from "../__generated__/graphql.ts";
import { DeviceCalendarQuery } from "../operations/device.ts";
import { backgroundEvents, bookingEvents, openAt, slotEvents, visibleHours, type CalendarEvent } from "./calendar-events.ts";
import type { SlotChoice } from "./slot-choice.ts";

const localizer = dateFnsLocalizer({
  format,
  parse,
  // The department's week starts on Monday, like the weekly hours (ISO weekday 1).
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { "en-GB": enGB },
});

const colors: Record<CalendarEvent["kind"], { background: string; border: string; color: string }> = {
  appointment: { background: "#1864ab", border: "#0b3d6b", color: "#ffffff" },
  hold: { background: "#f08c00", border: "#d9480f", color: "#000000" },
  slot: { background: "#d3f9d8", border: "#2b8a3e", color: "#1b4d2a" },
  downtime: { background: "#ffc9c9", border: "#e03131", color: "#5c0a0a" },
  reserved: { background: "#e5dbff", border: "#7048e8", color: "#2b1a66" },
};

export interface DeviceCalendarProps {
  modality: Modality;
  /** Only this device's column; every device of the modality when null. */
  deviceId: string | null;
  slots: readonly SlotChoice[];
  selected: SlotChoice | null;
  date: Date;
  onDateChange: (date: Date) => void;
  onChoose: (slot: SlotChoice) => void;
  /** Lets someone who may overbook pick any time on a device (no slot offered there). */
  onPickTime?: (pick: { deviceId: string; deviceName: string; start: Date; end: Date }) => void;
}

/**
 * Day and week views of the devices of a modality (one column per device), built on
 * react-big-calendar: bookings and holds, the slots found (click one to choose it), closed time
 * shaded grey, downtime red and reserved time purple behind them.
 */
export function DeviceCalendar({ modality, deviceId, slots, selected, date, onDateChange, onChoose, onPickTime }: DeviceCalendarProps) {
  const [view, setView] = useState<View>("day");
  // One week of data whatever the view, so moving between days of a week asks nothing again.
  const weekStart = startOfWeek(date, { weekStartsOn: 1 });
  const weekEnd = addDays(weekStart, 7);
  const answer = useGraphQLQuery(
    ["scheduling", "device-calendar"],
    DeviceCalendarQuery,
    {
      modality,
      from: weekStart.toISOString(),
      to: weekEnd.toISOString(),
      fromDay: format(weekStart, "yyyy-MM-dd"),
      toDay: format(addDays(weekStart, 6), "yyyy-MM-dd"),
    },
    { placeholderData: keepPreviousData },
  );
  const devices = useMemo(
    () => (answer.data?.devices.nodes ?? []).filter((device) => deviceId === null || device.id === deviceId),
    [answer.data, deviceId],
  );
  const events = useMemo(
    () => [
      ...bookingEvents(devices),
      ...slotEvents(
        slots.filter((slot) => deviceId === null || slot.deviceId === deviceId),
        selected,
      ),
    ],
    [devices, slots, selected, deviceId],
  );
  const background = useMemo(
    () =>
      backgroundEvents(
        devices,
        (answer.data?.downtimeWindows ?? []).filter((window) => devices.some((device) => device.id === window.device.id)),
        weekEnd,
      ),
    // weekEnd follows weekStart, which follows date.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [devices, answer.data, weekStart.getTime()],
  );
  const hours = visibleHours(devices);
  const byId = new Map(devices.map((device) => [device.id, device]));

  if (answer.isPending) return <Loading label="Loading the device calendar" />;
  if (answer.isError) return <ErrorAlert error={answer.error} title="Could not load the device calendar" />;
  if (devices.length === 0)
    return (
      <Text c="dimmed" data-testid="device-calendar-empty">
        No {modality} device is in the register.
      </Text>
    );
  const dayAt = (hour: number) => {
    const at = new Date(date);
    at.setHours(Math.min(hour, 23), hour >= 24 ? 59 : 0, 0, 0);
    return at;
  };
  return (
    <Paper component="section" withBorder p="sm" data-testid="device-calendar" aria-label="Device calendar">
      <Group gap="md" mb="xs" role="group" aria-label="Calendar legend">
        {(["appointment", "hold", "slot", "downtime", "reserved"] as const).map((kind) => (
          <Group key={kind} gap={4}>
            <span
              aria-hidden
              style={{
                width: 12,
                height: 12,
                display: "inline-block",
                background: colors[kind].background,
                border: `1px solid ${colors[kind].border}`,
              }}
            />
            <Text size="xs">
              {{ appointment: "Booked", hold: "Held", slot: "Open slot", downtime: "Down or maintenance", reserved: "Reserved" }[kind]}
            </Text>
          </Group>
        ))}
        <Group gap={4}>
          <span
            aria-hidden
            style={{ width: 12, height: 12, display: "inline-block", background: "#e9ecef", border: "1px solid #adb5bd" }}
          />
          <Text size="xs">Closed</Text>
        </Group>
      </Group>
      <Calendar<CalendarEvent, { id: string; title: string }>
        localizer={localizer}
        culture="en-GB"
        style={{ height: 720 }}
        view={view}
        views={["day", "week"]}
        onView={setView}
        date={date}
        onNavigate={onDateChange}
        events={events}
        backgroundEvents={background}
        resources={devices.map((device) => ({ id: device.id, title: device.name }))}
        resourceIdAccessor="id"
        resourceTitleAccessor="title"
        resourceAccessor="resourceId"
        // Back-to-back slots sit in one column, not side by side as overlapping ones would.
        dayLayoutAlgorithm="no-overlap"
        step={15}
        timeslots={4}
        min={dayAt(hours.min)}
        max={dayAt(hours.max)}
        scrollToTime={selected ? new Date(selected.startsAt) : dayAt(hours.min)}
        selectable={onPickTime ? "ignoreEvents" : false}
        onSelectSlot={(info) => {
          const device = byId.get(String(info.resourceId));
          if (onPickTime && device) onPickTime({ deviceId: device.id, deviceName: device.name, start: info.start, end: info.end });
        }}
        onSelectEvent={(event) => {
          if (event.slot) onChoose(event.slot);
        }}
        tooltipAccessor="title"
        eventPropGetter={(event) => ({
          className: `scheduling-event-${event.kind}`,
          style: {
            backgroundColor: colors[event.kind].background,
            border: `${event.selected ? 3 : 1}px solid ${colors[event.kind].border}`,
            color: colors[event.kind].color,
            fontSize: 12,
          },
        })}
        slotPropGetter={(at, resourceId) =>
          openAt(byId.get(String(resourceId)), at) ? {} : { style: { backgroundColor: "#e9ecef" }, className: "scheduling-closed" }
        }
      />
    </Paper>
  );
}
