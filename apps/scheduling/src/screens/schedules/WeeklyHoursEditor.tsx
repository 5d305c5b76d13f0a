import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { DateField } from "../../components/DateField.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { weekdays } from "../../labels.ts";
import { dayFromToday, isClockTime } from "../../time.ts";

export interface Interval {
  weekday: number;
  opens: string;
  closes: string;
}

function problemOf(interval: Interval): string | null {
  if (!isClockTime(interval.opens)) return "Opens must be HH:mm";
  if (!isClockTime(interval.closes, true)) return "Closes must be HH:mm (24:00 for midnight)";
  if (interval.closes !== "24:00" && interval.closes <= interval.opens) return "Closes after it opens";
  return null;
}

/**
 * The week as rows of weekday, opens, closes (several rows for a split day), replacing the pattern
 * from a date: an empty list closes the device every day from then.
 */
export function WeeklyHoursEditor(props: {
  initial: Interval[];
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSave: (validFrom: string, hours: Interval[]) => void;
}) {
  const [rows, setRows] = useState<Interval[]>(props.initial);
  const [validFrom, setValidFrom] = useState(dayFromToday(0));
  const [tried, setTried] = useState(false);
  const update = (index: number, change: Partial<Interval>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const save = () => {
    setTried(true);
    if (rows.some((row) => problemOf(row) !== null)) return;
    props.onSave(
      validFrom,
      [...rows].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    );
  };
  return (
    <Stack data-testid="weekly-hours-editor">
      <FailureAlert title="The weekly hours were not saved" error={props.error} />
      <DateField
        label="In force from"
        withAsterisk
        clearable={false}
        value={validFrom}
        onChange={(value) => value && setValidFrom(value)}
        maw={200}
      />
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No interval: the device will be closed every day.
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={index} align="flex-start" data-testid="weekly-hours-interval">
          <Select
            label={`Day of interval ${index + 1}`}
            data={weekdays.options}
            allowDeselect={false}
            value={String(row.weekday)}
            onChange={(value) => value && update(index, { weekday: Number(value) })}
            w={160}
          />
          <TextInput
            label={`Opens (interval ${index + 1})`}
            placeholder="07:00"
            value={row.opens}
            onChange={(event) => update(index, { opens: event.currentTarget.value })}
            w={140}
          />
          <TextInput
            label={`Closes (interval ${index + 1})`}
            placeholder="19:00"
            value={row.closes}
            error={tried ? problemOf(row) : null}
            onChange={(event) => update(index, { closes: event.currentTarget.value })}
            w={180}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={`Remove interval ${index + 1}`}
            onClick={() => setRows(rows.filter((_, at) => at !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => setRows([...rows, { weekday: 1, opens: "07:00", closes: "19:00" }])}>
          Add interval
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => setRows([1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "07:00", closes: "19:00" })))}
        >
          Weekdays 07:00–19:00
        </Button>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          Cancel
        </Button>
        <Button onClick={save} loading={props.pending} data-testid="weekly-hours-save">
          Save weekly hours
        </Button>
      </Group>
    </Stack>
  );
}
