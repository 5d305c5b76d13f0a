import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { DateField } from "../components/DateField.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { InventoryQuery, ReceiveStockMutation } from "../operations/inventory.ts";

interface ReceiveFormValues {
  itemId: string | null;
  lotNumber: string;
  expiresOn: string | null;
  quantity: number | string;
  location: string;
}

/** Stock arrives (coordinators): a lot is created on its first receipt and topped up after. */
export function ReceiveStockScreen() {
  const { link, permissions } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const inventory = useGraphQLQuery(
    ["equipment", "inventory"],
    InventoryQuery,
    { expiringWithinDays: 60 },
    { enabled: permissions.keepInventory },
  );
  const receive = useGraphQLMutation(ReceiveStockMutation);
  const form = useForm<ReceiveFormValues>({
    initialValues: { itemId: params.get("item"), lotNumber: "", expiresOn: null, quantity: "", location: "" },
    validate: {
      itemId: (value) => (value ? null : "Choose the item"),
      lotNumber: (value) => (value.trim() ? null : "Enter the lot number on the box"),
      quantity: (value) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? null : "Enter how many units arrived"),
    },
  });

  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.keepInventory) {
    return (
      <Alert color="yellow" title="Receiving stock is for coordinators" role="alert" data-testid="receive-stock-forbidden">
        Coordinators and administrators receive stock.{" "}
        <Anchor component={Link} to={link("inventory")}>
          Back to the inventory
        </Anchor>
      </Alert>
    );
  }
  if (inventory.isPending) return <Loading label="Loading the receive form" />;
  if (inventory.isError) return <ErrorAlert error={inventory.error} title="Could not load the inventory" />;
  const items = inventory.data.inventoryItems;
  const itemOptions = items.map((item) => ({ value: item.id, label: `${item.name} (${item.unit})` }));

  const submit = form.onSubmit((values) => {
    receive.mutate(
      {
        input: {
          itemId: values.itemId ?? "",
          lotNumber: values.lotNumber.trim(),
          expiresOn: values.expiresOn,
          quantity: Number(values.quantity),
          location: values.location.trim() || null,
        },
      },
      {
        onSuccess: (data) => {
          void queryClient.invalidateQueries({ queryKey: ["equipment"] });
          const item = data.receiveStock.lot.item;
          notifications.show({ color: "green", title: "Stock received", message: `${item.name}: ${item.onHand} on hand.` });
          void navigate(link("inventory"));
        },
      },
    );
  });

  const chosen = items.find((item) => item.id === form.values.itemId);
  return (
    <>
      <PageHeader title="Receive stock" description="Record a delivery by lot, with its expiry date when it has one." />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Receive stock" noValidate>
        <Stack>
          {receive.isError && (
            <Alert color="red" title="The stock was not received" role="alert" data-testid="receive-stock-error">
              {describeError(receive.error)}
            </Alert>
          )}
          <Select
            label="Item"
            withAsterisk
            searchable
            data={itemOptions}
            data-testid="receive-stock-item"
            {...form.getInputProps("itemId")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Lot number" withAsterisk data-testid="receive-stock-lot" {...form.getInputProps("lotNumber")} />
            <DateField label="Expires on" data-testid="receive-stock-expires" {...form.getInputProps("expiresOn")} />
            <NumberInput
              label="Quantity"
              withAsterisk
              min={1}
              allowDecimal={false}
              data-testid="receive-stock-quantity"
              {...form.getInputProps("quantity")}
            />
          </SimpleGrid>
          <TextInput
            label="Location"
            placeholder={chosen ? chosen.location : "The item's usual location"}
            description="Leave empty for the item's usual location"
            data-testid="receive-stock-location"
            {...form.getInputProps("location")}
          />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={link("inventory")}>
              Cancel
            </Button>
            <Button type="submit" loading={receive.isPending} data-testid="receive-stock-submit">
              Receive stock
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
