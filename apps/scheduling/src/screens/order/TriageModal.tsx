import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import type { OrderFieldsFragment, OrderPriority } from "../../__generated__/graphql.ts";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { priority } from "../../labels.ts";
import { TriageOrderMutation } from "../../operations/imaging-order.ts";

/** Records that the indication was checked, with the priority and protocol chosen and a note. */
export function TriageModal({ order, onClose, onDone }: { order: OrderFieldsFragment; onClose: () => void; onDone: () => void }) {
  const [values, setValues] = useState({ priority: order.priority, protocol: order.protocol ?? "", note: "" });
  const triage = useGraphQLMutation(TriageOrderMutation, { onSuccess: onDone });
  return (
    <Modal opened onClose={onClose} title="Triage the order">
      <form
        noValidate
        aria-label="Triage the order"
        onSubmit={(event) => {
          event.preventDefault();
          triage.mutate({
            input: {
              orderId: order.id,
              priority: values.priority,
              protocol: values.protocol.trim() || null,
              note: values.note.trim() || null,
            },
          });
        }}
      >
        <Stack>
          <FailureAlert title="Triage was not recorded" error={triage.error} />
          <Select
            label="Priority"
            data={priority.options}
            allowDeselect={false}
            value={values.priority}
            onChange={(value) => value && setValues({ ...values, priority: value as OrderPriority })}
          />
          <TextInput
            label="Protocol"
            maxLength={200}
            value={values.protocol}
            onChange={(event) => setValues({ ...values, protocol: event.currentTarget.value })}
          />
          <Textarea
            label="Note"
            autosize
            minRows={2}
            maxLength={500}
            value={values.note}
            onChange={(event) => setValues({ ...values, note: event.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={triage.isPending}>
              Record triage
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
