import { graphqlRequest, shouldRetry, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { notifyDone } from "../../notify.ts";
import { ContrastLotsQuery, RecordContrastGivenMutation } from "../../operations/exam-day.ts";
import { dayFromToday, formatDate } from "../../time.ts";

/**
 * Contrast given during the exam, from a lot in the equipment area's inventory: the units leave that
 * lot's stock in the same step (once, even if the request is sent again). Expired lots are marked
 * and not offered for use.
 */
export function ContrastModal({ appointmentId, label, onClose }: { appointmentId: string; label: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const today = dayFromToday(0);
  const items = useQuery({
    queryKey: ["equipment", "contrast-lots"],
    queryFn: () => graphqlRequest(ContrastLotsQuery, {}),
    retry: shouldRetry,
  });
  const [lotId, setLotId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [agent, setAgent] = useState("");
  const [tried, setTried] = useState(false);
  const give = useGraphQLMutation(RecordContrastGivenMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      void queryClient.invalidateQueries({ queryKey: ["equipment"] });
      notifyDone("Contrast recorded; it left the lot's stock.");
      onClose();
    },
  });
  const options = (items.data?.inventoryItems ?? []).map((item) => ({
    group: `${item.name} (${item.onHand} ${item.unit} on hand)`,
    items: item.lots.map((lot) => {
      const expired = lot.expiresOn !== null && lot.expiresOn !== undefined && lot.expiresOn < today;
      return {
        value: lot.id,
        label: `Lot ${lot.lotNumber}${lot.expiresOn ? `, expires ${formatDate(lot.expiresOn)}` : ""}${expired ? " (EXPIRED)" : ""}`,
        disabled: expired,
      };
    }),
  }));
  const units = Number(quantity);
  const valid = lotId !== null && Number.isInteger(units) && units >= 1 && units <= 100;
  return (
    <Modal opened onClose={onClose} title="Contrast given">
      <form
        noValidate
        aria-label="Record contrast given"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (valid && lotId) give.mutate({ input: { appointmentId, lotId, quantity: units, agent: agent.trim() || null } });
        }}
      >
        <Stack>
          <Text size="sm">{label}</Text>
          <FailureAlert title="The contrast was not recorded" error={give.error ?? items.error} />
          {items.data && options.length === 0 && (
            <Alert color="yellow" role="status">
              The inventory has no contrast items; the equipment office adds them.
            </Alert>
          )}
          <Select
            label="Lot"
            withAsterisk
            data={options}
            value={lotId}
            onChange={setLotId}
            searchable
            error={tried && !lotId ? "Choose the lot the contrast came from" : null}
          />
          <NumberInput
            label="Units taken from stock"
            description="As the inventory counts the item (e.g. bottles)"
            withAsterisk
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            value={quantity}
            onChange={setQuantity}
            error={tried && !valid && lotId ? "A whole number of units, 1 to 100" : null}
          />
          <TextInput
            label="Agent as given"
            placeholder="e.g. iohexol 350, 80 mL"
            value={agent}
            onChange={(event) => setAgent(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={give.isPending} data-testid="contrast-submit">
              Record contrast
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
