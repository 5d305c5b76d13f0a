import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Checkbox, Group, Modal, Stack, TextInput } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DateField } from "../../components/DateField.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { AddScheduleExceptionMutation } from "../../operations/schedule.ts";
import { dayFromToday, isClockTime } from "../../time.ts";

/** One date's own hours, or closed all day, with the reason. */
export function AddExceptionModal({ deviceId, onClose }: { deviceId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ date: dayFromToday(1), closed: true, opens: "", closes: "", reason: "" });
  const [tried, setTried] = useState(false);
  const add = useGraphQLMutation(AddScheduleExceptionMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("Exception added.");
      onClose();
    },
  });
  const problems = {
    opens: !values.closed && !isClockTime(values.opens) ? "HH:mm" : null,
    closes:
      !values.closed && (!isClockTime(values.closes, true) || (values.closes !== "24:00" && values.closes <= values.opens))
        ? "HH:mm, after it opens"
        : null,
    reason: values.reason.trim() ? null : "Say why",
  };
  return (
    <Modal opened onClose={onClose} title="Add a schedule exception">
      <form
        noValidate
        aria-label="Add a schedule exception"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (problems.opens || problems.closes || problems.reason) return;
          add.mutate({
            input: {
              deviceId,
              date: values.date,
              closed: values.closed,
              opens: values.closed ? null : values.opens,
              closes: values.closed ? null : values.closes,
              reason: values.reason.trim(),
            },
          });
        }}
      >
        <Stack>
          <FailureAlert title="The exception was not added" error={add.error} />
          <DateField
            label="Date"
            withAsterisk
            clearable={false}
            value={values.date}
            onChange={(date) => date && setValues({ ...values, date })}
          />
          <Checkbox
            label="Closed all day"
            checked={values.closed}
            onChange={(event) => setValues({ ...values, closed: event.currentTarget.checked })}
          />
          {!values.closed && (
            <Group grow>
              <TextInput
                label="Opens"
                withAsterisk
                placeholder="08:00"
                value={values.opens}
                error={tried && problems.opens}
                onChange={(event) => setValues({ ...values, opens: event.currentTarget.value })}
              />
              <TextInput
                label="Closes"
                withAsterisk
                placeholder="22:00"
                value={values.closes}
                error={tried && problems.closes}
                onChange={(event) => setValues({ ...values, closes: event.currentTarget.value })}
              />
            </Group>
          )}
          <TextInput
            label="Reason"
            withAsterisk
            maxLength={200}
            value={values.reason}
            error={tried && problems.reason}
            onChange={(event) => setValues({ ...values, reason: event.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add exception
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
