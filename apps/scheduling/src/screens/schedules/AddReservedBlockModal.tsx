import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReservedPriority } from "../../__generated__/graphql.ts";
import { DateField } from "../../components/DateField.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { reservedPriority, weekdays } from "../../labels.ts";
import { AddReservedBlockMutation } from "../../operations/schedule.ts";
import { dayFromToday, isClockTime } from "../../time.ts";

/** Weekly time kept for a priority, a procedure group, or both, from a date. */
export function AddReservedBlockModal({ deviceId, onClose }: { deviceId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    weekday: "1",
    starts: "",
    ends: "",
    forPriority: null as ReservedPriority | null,
    forGroup: "",
    validFrom: dayFromToday(0),
    validTo: null as string | null,
  });
  const [tried, setTried] = useState(false);
  const add = useGraphQLMutation(AddReservedBlockMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("Reserved block added.");
      onClose();
    },
  });
  const problems = {
    starts: isClockTime(values.starts) ? null : "HH:mm",
    ends: isClockTime(values.ends, true) && (values.ends === "24:00" || values.ends > values.starts) ? null : "HH:mm, after it starts",
    keptFor: values.forPriority || values.forGroup.trim() ? null : "Keep it for a priority, a procedure group, or both",
  };
  return (
    <Modal opened onClose={onClose} title="Add a reserved block">
      <form
        noValidate
        aria-label="Add a reserved block"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (problems.starts || problems.ends || problems.keptFor) return;
          add.mutate({
            input: {
              deviceId,
              weekday: Number(values.weekday),
              starts: values.starts,
              ends: values.ends,
              forPriority: values.forPriority,
              forGroup: values.forGroup.trim() || null,
              validFrom: values.validFrom,
              validTo: values.validTo,
            },
          });
        }}
      >
        <Stack>
          <FailureAlert title="The block was not added" error={add.error} />
          <Select
            label="Day"
            withAsterisk
            allowDeselect={false}
            data={weekdays.options}
            value={values.weekday}
            onChange={(weekday) => weekday && setValues({ ...values, weekday })}
          />
          <Group grow>
            <TextInput
              label="Starts"
              withAsterisk
              placeholder="08:00"
              value={values.starts}
              error={tried && problems.starts}
              onChange={(event) => setValues({ ...values, starts: event.currentTarget.value })}
            />
            <TextInput
              label="Ends"
              withAsterisk
              placeholder="09:00"
              value={values.ends}
              error={tried && problems.ends}
              onChange={(event) => setValues({ ...values, ends: event.currentTarget.value })}
            />
          </Group>
          <Select
            label="For priority"
            clearable
            data={reservedPriority.options}
            value={values.forPriority}
            error={tried && problems.keptFor}
            onChange={(value) => setValues({ ...values, forPriority: value as ReservedPriority | null })}
          />
          <TextInput
            label="For procedure group"
            description="A group code of the catalogue, e.g. cardiac-mr"
            maxLength={40}
            value={values.forGroup}
            onChange={(event) => setValues({ ...values, forGroup: event.currentTarget.value })}
          />
          <Group grow>
            <DateField
              label="From"
              withAsterisk
              clearable={false}
              value={values.validFrom}
              onChange={(validFrom) => validFrom && setValues({ ...values, validFrom })}
            />
            <DateField label="Until" value={values.validTo} onChange={(validTo) => setValues({ ...values, validTo })} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add reserved block
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
