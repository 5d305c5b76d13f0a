import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../../test/equipment-service.ts";

let service: TestEquipmentService;
beforeAll(async () => {
  service = await startTestEquipmentService();
});
afterAll(async () => {
  await service?.stop();
});

const recordStockUse = /* GraphQL */ `
  mutation ($input: WithdrawStockInput!) {
    recordStockUse(input: $input) {
      id
      quantity
      kind
      location
    }
  }
`;
const stockOnHand = /* GraphQL */ `
  query ($itemId: ID) {
    stockOnHand(itemId: $itemId) {
      lot {
        id
        lotNumber
      }
      location
      quantity
    }
  }
`;

async function movementSum(lotId: string): Promise<number> {
  const [row] = await service.orm.em
    .fork()
    .getConnection()
    .execute<{ total: string }[]>(`select coalesce(sum(quantity), 0)::text as total from stock_movement where lot_id = '${lotId}'`);
  return Number(row?.total);
}

describe("stock on hand", () => {
  it("takes a use recorded with a reference once, however often and however concurrently it is retried", async () => {
    const itemId = await service.addItem({ location: "CT store" });
    const lotId = await service.receive(itemId, 20, "IOX-REF");
    const use = (quantity = 3, reference = "scheduling:contrast:exam-1") =>
      service.call<{ recordStockUse: { id: string } }>(recordStockUse, { input: { lotId, quantity, reference } }, "technologist");
    const answers = await Promise.all(Array.from({ length: 10 }, () => use()));
    expect(answers.map((answer) => answer.errors)).toEqual(Array.from({ length: 10 }, () => undefined));
    expect(new Set(answers.map((answer) => answer.data?.recordStockUse.id)).size).toBe(1);
    expect(await movementSum(lotId)).toBe(17);
    // The same reference for a different use is a mistake, not a retry.
    expect((await use(5)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await use(3, "scheduling:contrast:exam-2")).errors).toBeUndefined();
    expect(await movementSum(lotId)).toBe(14);
  });

  it("is the sum of the lot's movements: received, used, wasted and adjusted, per location", async () => {
    const itemId = await service.addItem({ location: "CT store" });
    const lotId = await service.receive(itemId, 40, "IOX-1");
    await service.receive(itemId, 10, "IOX-1", { location: "CT-2 cart" });
    expect(
      (await service.call(recordStockUse, { input: { lotId, quantity: 7, reason: "CT abdomen" } }, "technologist")).errors,
    ).toBeUndefined();
    expect(
      (
        await service.call(
          `mutation ($input: WithdrawStockInput!) { recordWaste(input: $input) { id } }`,
          { input: { lotId, quantity: 2, location: "CT-2 cart" } },
          "technologist",
        )
      ).errors,
    ).toBeUndefined();
    const adjusted = await service.call<{ adjustStock: { quantity: number; kind: string } }>(
      `mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { quantity kind } }`,
      { input: { lotId, quantity: -3, reason: "count found 30" } },
    );
    expect(adjusted.data?.adjustStock).toEqual({ quantity: -3, kind: "ADJUSTED" });

    const levels = await service.call<{ stockOnHand: { location: string; quantity: number }[] }>(stockOnHand, { itemId });
    expect(levels.data?.stockOnHand.map(({ location, quantity }) => ({ location, quantity }))).toEqual([
      { location: "CT store", quantity: 30 },
      { location: "CT-2 cart", quantity: 8 },
    ]);
    expect(await movementSum(lotId)).toBe(38);
    const item = await service.call<{ inventoryItem: { onHand: number; lots: { onHand: number }[] } }>(
      `query ($id: ID!) { inventoryItem(id: $id) { onHand lots { onHand } } }`,
      { id: itemId },
    );
    expect(item.data?.inventoryItem).toEqual({ onHand: 38, lots: [{ onHand: 38 }] });
  });

  it("lets 20 concurrent withdrawals that together exceed stock take it to exactly zero and refuses the rest with CONFLICT", async () => {
    const itemId = await service.addItem();
    const lotId = await service.receive(itemId, 50, "RACE-1");
    // 20 × 3 = 60 asked for, 50 on hand: 16 succeed (48), then 2 remain and every further 3 is refused.
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () => service.call(recordStockUse, { input: { lotId, quantity: 3 } }, "technologist")),
    );
    const succeeded = attempts.filter((response) => !response.errors);
    const refused = attempts.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(succeeded).toHaveLength(16);
    expect(refused).toHaveLength(4);
    expect(await movementSum(lotId)).toBe(2);

    const drain = await Promise.all(
      Array.from({ length: 20 }, () => service.call(recordStockUse, { input: { lotId, quantity: 1 } }, "technologist")),
    );
    expect(drain.filter((response) => !response.errors)).toHaveLength(2);
    expect(drain.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(18);
    expect(await movementSum(lotId)).toBe(0);
    // Never negative at any point: every running total, in commit order, stays at or above zero.
    const [lowest] = await service.orm.em
      .fork()
      .getConnection()
      .execute<
        { lowest: string }[]
      >(`select min(running)::text as lowest from (select sum(quantity) over (order by created_at, id) as running from stock_movement where lot_id = '${lotId}') t`);
    expect(Number(lowest?.lowest)).toBeGreaterThanOrEqual(0);
  });

  it("refuses an adjustment that would leave less than nothing", async () => {
    const itemId = await service.addItem();
    const lotId = await service.receive(itemId, 4);
    const response = await service.call(`mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }`, {
      input: { lotId, quantity: -5, reason: "count" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await movementSum(lotId)).toBe(4);
  });

  it("answers bad stock input with BAD_USER_INPUT or NOT_FOUND and writes nothing", async () => {
    const itemId = await service.addItem();
    const lotId = await service.receive(itemId, 10);
    const before = await service.count("stock_movement");
    const negative = await service.call(recordStockUse, { input: { lotId, quantity: -3 } }, "technologist");
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(negative.errors?.[0]?.message).toContain("input.quantity");
    const zero = await service.call(`mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }`, {
      input: { lotId, quantity: 0, reason: "count" },
    });
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fraction = await service.call(recordStockUse, { input: { lotId, quantity: 1.5 } }, "technologist");
    expect(fraction.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknownLot = await service.call(recordStockUse, { input: { lotId: crypto.randomUUID(), quantity: 1 } }, "technologist");
    expect(unknownLot.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknownItem = await service.call(`mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, {
      input: { itemId: crypto.randomUUID(), lotNumber: "X", quantity: 1 },
    });
    expect(unknownItem.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const badCategory = await service.call(`mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`, {
      input: { name: "Gel", category: "JELLY", unit: "bottle", location: "US", reorderLevel: 1 },
    });
    expect(badCategory.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await service.count("stock_movement")).toBe(before);
    expect(await service.count("inventory_item where name = 'Gel'")).toBe(0);
  });

  it("lets technologists record use but not receive or adjust stock; schedulers only read", async () => {
    const itemId = await service.addItem();
    const lotId = await service.receive(itemId, 5);
    const receive = await service.call(
      `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`,
      { input: { itemId, lotNumber: "T", quantity: 1 } },
      "technologist",
    );
    expect(receive.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const use = await service.call(recordStockUse, { input: { lotId, quantity: 1 } }, "scheduler");
    expect(use.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await service.call<{ stockOnHand: unknown[] }>(stockOnHand, { itemId }, "scheduler");
    expect(read.data?.stockOnHand).toHaveLength(1);
    const outsider = await service.call(stockOnHand, { itemId }, "integration");
    expect(outsider.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("alerts on items at or below their reorder level and lots expiring soon", async () => {
    const itemId = await service.addItem({ name: "Probe covers (alert)", category: "PROBE_COVER", unit: "box", reorderLevel: 10 });
    await service.receive(itemId, 6, "PC-OLD", { expiresOn: "2026-12-01" });
    await service.receive(itemId, 20, "PC-NEW", { expiresOn: "2028-01-01" });
    let below = await service.call<{ itemsBelowReorderLevel: { id: string }[] }>(`{ itemsBelowReorderLevel { id } }`);
    expect(below.data?.itemsBelowReorderLevel.map((item) => item.id)).not.toContain(itemId);
    const levels = await service.call<{ stockOnHand: { lot: { id: string; lotNumber: string } }[] }>(stockOnHand, { itemId });
    const newLot = levels.data?.stockOnHand.find((level) => level.lot.lotNumber === "PC-NEW")?.lot.id;
    await service.call(recordStockUse, { input: { lotId: newLot, quantity: 16 } }, "technologist");
    below = await service.call(`{ itemsBelowReorderLevel { id } }`);
    expect(below.data?.itemsBelowReorderLevel.map((item) => item.id)).toContain(itemId);

    const expiring = await service.call<{ lotsExpiring: { lot: { lotNumber: string }; onHand: number; expired: boolean }[] }>(
      `{ lotsExpiring(withinDays: 30, asOf: "2026-11-23") { lot { lotNumber } onHand expired } }`,
    );
    expect(expiring.data?.lotsExpiring).toContainEqual({ lot: { lotNumber: "PC-OLD" }, onHand: 6, expired: false });
    expect(expiring.data?.lotsExpiring.map((row) => row.lot.lotNumber)).not.toContain("PC-NEW");
  });
});
