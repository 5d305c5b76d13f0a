import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Group, Select, Text } from "@mantine/core";
import type { Modality } from "../__generated__/graphql.ts";
import { DevicesQuery } from "../operations/device.ts";
import { addDays } from "../time.ts";
import { DateField } from "./DateField.tsx";

export interface SlotSearchValues {
  from: string;
  to: string;
  deviceId: string | null;
}

/** The slot finder searches at most 28 department days at once. */
const maxDays = 28;

export function slotSearchProblem(values: SlotSearchValues): string | null {
  if (values.to < values.from) return "The last day is before the first.";
  if (values.to > addDays(values.from, maxDays - 1)) return `Search at most ${maxDays} days at once.`;
  return null;
}

/** Days to search and, optionally, one device of the procedure's modality. */
export function SlotSearchForm({
  modality,
  values,
  onChange,
}: {
  modality: Modality;
  values: SlotSearchValues;
  onChange: (values: SlotSearchValues) => void;
}) {
  const devices = useGraphQLQuery(
    ["scheduling", "devices"],
    DevicesQuery,
    { modality, kind: "SCANNER", first: 100 },
    { staleTime: 60_000 },
  );
  const problem = slotSearchProblem(values);
  return (
    <Group align="flex-end" mb="md" role="search" aria-label="Slot search">
      <DateField label="From" clearable={false} value={values.from} onChange={(value) => value && onChange({ ...values, from: value })} />
      <DateField label="To" clearable={false} value={values.to} onChange={(value) => value && onChange({ ...values, to: value })} />
      <Select
        label="Device"
        placeholder="Every device"
        clearable
        data={(devices.data?.devices.nodes ?? []).map((device) => ({ value: device.id, label: device.name }))}
        value={values.deviceId}
        onChange={(deviceId) => onChange({ ...values, deviceId })}
        data-testid="slot-search-device"
      />
      {problem && (
        <Text c="red" size="sm" role="alert">
          {problem}
        </Text>
      )}
    </Group>
  );
}
