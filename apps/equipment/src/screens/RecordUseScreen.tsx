import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { formatDate } from "../format.ts";
import { InventoryQuery, RecordStockUseMutation } from "../operations/inventory.ts";

interface UseFormValues {
  itemId: string | null;
  lotId: string | null;
  quantity: number | string;
  reason: string;
}

/** Stock used for an exam (technologists, coordinators). Taking more than the lot holds comes back as CONFLICT. */
export function RecordUseScreen() {
  const { link, permissions } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const inventory = useGraphQLQuery(
    ["equipment", "inventory"],
    InventoryQuery,
    { expiringWithinDays: 60 },
    { enabled: permissions.recordStockUse },
  );
  const use = useGraphQLMutation(RecordStockUseMutation);
  const [attempted, setAttempted] = useState<string | null>(null);
  const form = useForm<UseFormValues>({
    initialValues: { itemId: params.get("item"), lotId: null, quantity: "", reason: "" },
    validate: {
      itemId: (value) => (value ? null : "Choose the item"),
      lotId: (value) => (value ? null : "Choose the lot taken from"),
      quantity: (value) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? null : "Enter how many units were used"),
    },
  });

  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.recordStockUse) {
    return (
      <Alert color="yellow" title="Recording use is for technologists and coordinators" role="alert" data-testid="record-use-forbidden">
        <Anchor component={Link} to={link("inventory")}>
          Back to the inventory
        </Anchor>
      </Alert>
    );
  }
  if (inventory.isPending) return <Loading label="Loading the use form" />;
  if (inventory.isError) return <ErrorAlert error={inventory.error} title="Could not load the inventory" />;
  const items = inventory.data.inventoryItems;
  const chosen = items.find((item) => item.id === form.values.itemId);
  const lotOptions = (chosen?.lots ?? []).map((lot) => ({
    value: lot.id,
    label: `${lot.lotNumber}: ${lot.onHand} on hand${lot.expiresOn ? `, expires ${formatDate(lot.expiresOn)}` : ""}`,
  }));

  const submit = form.onSubmit((values) => {
    const lot = chosen?.lots.find((candidate) => candidate.id === values.lotId);
    setAttempted(`${values.quantity} ${chosen?.unit ?? "units"} of ${chosen?.name ?? "the item"} from lot ${lot?.lotNumber ?? ""}`);
    use.mutate(
      { input: { lotId: values.lotId ?? "", quantity: Number(values.quantity), reason: values.reason.trim() || null } },
      {
        onSuccess: (data) => {
          void queryClient.invalidateQueries({ queryKey: ["equipment"] });
          const movement = data.recordStockUse;
          notifications.show({
            color: "green",
            title: "Use recorded",
            message: `${movement.lot.item.name}, lot ${movement.lot.lotNumber}: ${movement.lot.onHand} left.`,
          });
          void navigate(link("inventory"));
        },
      },
    );
  });

  const conflict = use.error?.code === "CONFLICT";
  return (
    <>
      <PageHeader title="Record use" description="Stock taken for an exam, by lot." />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Record use" noValidate>
        <Stack>
          {conflict && (
            <Alert color="red" title="Not enough stock in this lot" role="alert" data-testid="record-use-conflict">
              You asked for {attempted}. {use.error?.message} Nothing was recorded.
            </Alert>
          )}
          {use.isError && !conflict && (
            <Alert color="red" title="The use was not recorded" role="alert" data-testid="record-use-error">
              {describeError(use.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Item"
              withAsterisk
              searchable
              data={items.map((item) => ({ value: item.id, label: `${item.name} (${item.onHand} ${item.unit} on hand)` }))}
              data-testid="record-use-item"
              {...form.getInputProps("itemId")}
              onChange={(value) => {
                form.setFieldValue("itemId", value);
                form.setFieldValue("lotId", null);
              }}
            />
            <Select
              label="Lot"
              withAsterisk
              disabled={!chosen}
              data={lotOptions}
              nothingFoundMessage="No lot of this item"
              data-testid="record-use-lot"
              {...form.getInputProps("lotId")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Quantity"
              withAsterisk
              min={1}
              allowDecimal={false}
              data-testid="record-use-quantity"
              {...form.getInputProps("quantity")}
            />
            <TextInput
              label="Reason"
              placeholder="e.g. CT abdomen with contrast"
              data-testid="record-use-reason"
              {...form.getInputProps("reason")}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={link("inventory")}>
              Cancel
            </Button>
            <Button type="submit" loading={use.isPending} data-testid="record-use-submit">
              Record use
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
