import { CursorPager, useCursorPaging } from "@gantry/web-kit/components/CursorPager";
import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { Alert, Anchor, Button, Checkbox, Group, Select, Table, Text } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { OrderPriority, OrderQueueFilter } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { OrderStatusBadge, PriorityBadge } from "../components/Badges.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../components/PatientLabel.tsx";
import { priority } from "../labels.ts";
import { OrderQueueQuery, OrderQueueWithoutNamesQuery } from "../operations/imaging-order.ts";
import { useQueryWithPatient } from "../patient-fallback.ts";
import { formatDateTime, waitingSince } from "../time.ts";
import { OpenByAccession } from "./order/OpenByAccession.tsx";

const pageSize = 25;

/** Open orders needing work, most urgent then longest waiting first (the API's order). */
export function OrderQueueScreen() {
  const { permissions, link } = useArea();
  const navigate = useNavigate();
  const paging = useCursorPaging(pageSize);
  const [filter, setFilter] = useState<OrderQueueFilter>({});
  const queue = useQueryWithPatient(
    ["scheduling", "order-queue"],
    OrderQueueQuery,
    OrderQueueWithoutNamesQuery,
    { filter, first: pageSize, after: paging.after },
    { placeholderData: keepPreviousData },
  );
  const change = (next: OrderQueueFilter) => {
    setFilter(next);
    paging.reset();
  };

  if (!permissions.allows("readOrders"))
    return <NotAllowedPanel action="readOrders" title="You cannot see the order queue" subject="The order queue" phi />;
  const page = queue.data?.data.orderQueue;
  const names = new Map((queue.data?.full?.orderQueue.nodes ?? []).map((order) => [order.id, order.patient]));
  return (
    <>
      <PageHeader
        title="Order queue"
        description="Open orders still to triage or schedule: most urgent first, then the longest waiting."
        actions={
          permissions.allows("placeOrders") && (
            <Button component={Link} to={link("new-order")} data-testid="queue-new-order">
              New order
            </Button>
          )
        }
      />
      <Group align="flex-end" mb="md" role="search" aria-label="Queue filters">
        <Checkbox
          label="Untriaged only"
          checked={filter.untriagedOnly === true}
          onChange={(event) => change({ ...filter, untriagedOnly: event.currentTarget.checked || null })}
        />
        <Checkbox
          label="Unscheduled only"
          checked={filter.unscheduledOnly === true}
          onChange={(event) => change({ ...filter, unscheduledOnly: event.currentTarget.checked || null })}
        />
        <Select
          label="Priority"
          placeholder="Any priority"
          clearable
          data={priority.options}
          value={filter.priority ?? null}
          onChange={(value) => change({ ...filter, priority: (value as OrderPriority | null) ?? null })}
          data-testid="queue-priority"
        />
        <OpenByAccession />
      </Group>
      {queue.data?.full === null && (
        <Alert color="gray" mb="md" role="status" data-testid="queue-names-hidden">
          Patient names and MRNs are hidden: the Patients area does not show them to your role.
        </Alert>
      )}
      {queue.isPending ? (
        <Loading label="Loading the order queue" />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} title="Could not load the order queue" />
      ) : page && page.nodes.length === 0 ? (
        <Text c="dimmed" data-testid="queue-empty">
          No order waits for triage or scheduling.
        </Text>
      ) : (
        page && (
          <>
            <Table striped highlightOnHover aria-label="Order queue" data-testid="queue-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Accession</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Procedure</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Ordered</Table.Th>
                  <Table.Th>Waiting</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((order) => (
                  <Table.Tr
                    key={order.id}
                    data-testid="queue-row"
                    data-accession={order.accessionNumber}
                    style={{ cursor: "pointer" }}
                    onClick={() => void navigate(link(`orders/${order.id}`))}
                  >
                    <Table.Td>
                      <Anchor component={Link} to={link(`orders/${order.id}`)} onClick={(event) => event.stopPropagation()}>
                        {order.accessionNumber}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <PatientLabel patient={names.get(order.id) ?? null} />
                    </Table.Td>
                    <Table.Td>
                      {order.procedure.name}{" "}
                      <Text span c="dimmed" size="xs">
                        ({order.procedure.modality})
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PriorityBadge value={order.priority} />
                    </Table.Td>
                    <Table.Td>
                      <OrderStatusBadge value={order.status} />{" "}
                      {order.triagedAt ? null : (
                        <Text span size="xs" c="dimmed">
                          untriaged
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDateTime(order.orderedAt)}</Table.Td>
                    <Table.Td>{waitingSince(order.orderedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <CursorPager paging={paging} page={page} countTestId="queue-count" />
          </>
        )
      )}
    </>
  );
}
