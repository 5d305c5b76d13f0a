import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Badge, Button, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatDate, itemCategory } from "../format.ts";
import { InventoryQuery } from "../operations/inventory.ts";

/** Lots expiring within this many days count as an alert (contrast expires). */
const expiringWithinDays = 60;

/** Consumables on hand, with the reorder alerts and the lots about to expire. */
export function InventoryScreen() {
  const { link, permissions } = useArea();
  const inventory = useGraphQLQuery(["equipment", "inventory"], InventoryQuery, { expiringWithinDays });

  return (
    <>
      <PageHeader
        title="Inventory"
        description="Contrast media, probe covers, gel, disinfectant and syringes: what is on hand, what to reorder, what expires."
        actions={
          <>
            {permissions.keepInventory && (
              <Button component={Link} to={link("inventory/receive")} data-testid="inventory-receive">
                Receive stock
              </Button>
            )}
            {permissions.recordStockUse && (
              <Button variant="light" component={Link} to={link("inventory/use")} data-testid="inventory-use">
                Record use
              </Button>
            )}
          </>
        }
      />
      {inventory.isPending ? (
        <Loading label="Loading the inventory" />
      ) : inventory.isError ? (
        <ErrorAlert error={inventory.error} title="Could not load the inventory" />
      ) : (
        <Stack>
          {inventory.data.itemsBelowReorderLevel.length > 0 && (
            <Alert color="orange" title="Reorder" data-testid="inventory-reorder-alerts">
              <List size="sm">
                {inventory.data.itemsBelowReorderLevel.map((item) => (
                  <List.Item key={item.id} data-testid="reorder-alert">
                    {item.name}: {item.onHand} {item.unit} on hand, reorder at {item.reorderLevel}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {inventory.data.lotsExpiring.length > 0 && (
            <Alert color="red" title={`Expiring within ${expiringWithinDays} days`} data-testid="inventory-expiring-lots">
              <List size="sm">
                {inventory.data.lotsExpiring.map((entry) => (
                  <List.Item key={entry.lot.id} data-testid="expiring-lot" data-expired={String(entry.expired)}>
                    {entry.item.name}, lot {entry.lot.lotNumber}: {entry.onHand} {entry.item.unit}{" "}
                    {entry.expired ? `expired ${formatDate(entry.expiresOn)}` : `expires ${formatDate(entry.expiresOn)}`}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Title order={3}>Items</Title>
          {inventory.data.inventoryItems.length === 0 ? (
            <Text c="dimmed" data-testid="inventory-empty">
              No items are stocked yet.
            </Text>
          ) : (
            <Table striped data-testid="inventory-table" aria-label="Inventory items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Item</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th>On hand</Table.Th>
                  <Table.Th>Reorder at</Table.Th>
                  <Table.Th>Lots</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inventory.data.inventoryItems.map((item) => {
                  const reorder = item.onHand <= item.reorderLevel;
                  return (
                    <Table.Tr key={item.id} data-testid="inventory-row" data-reorder={String(reorder)}>
                      <Table.Td>{item.name}</Table.Td>
                      <Table.Td>{itemCategory.format(item.category)}</Table.Td>
                      <Table.Td>{item.location}</Table.Td>
                      <Table.Td data-testid="inventory-on-hand">
                        <Group gap={4}>
                          {item.onHand} {item.unit}
                          {reorder && (
                            <Badge color="orange" size="sm">
                              Reorder
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{item.reorderLevel}</Table.Td>
                      <Table.Td>
                        {item.lots
                          .filter((lot) => lot.onHand > 0)
                          .map((lot) => (
                            <Text key={lot.id} size="sm" data-testid="inventory-lot">
                              {lot.lotNumber}: {lot.onHand} (expires {formatDate(lot.expiresOn)})
                            </Text>
                          ))}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </>
  );
}
