import { roles, type Role } from "@gantry/auth/roles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEquipmentService, type TestEquipmentService } from "../../../test/equipment-service.ts";

let service: TestEquipmentService;
let itemId: string;
let lotId: string;
beforeAll(async () => {
  service = await startTestEquipmentService();
  itemId = await service.addItem();
  lotId = await service.receive(itemId, 1000);
});
afterAll(async () => {
  await service?.stop();
});

type Attempt = () => Promise<[string, Record<string, unknown>]>;

/** A window that began yesterday (so it can be completed), on a fresh device so no two attempts overlap. */
async function maintenanceWindow(): Promise<[string, Record<string, unknown>]> {
  const startsAt = new Date(Date.now() - 86_400_000);
  const input = {
    deviceId: await service.registerDevice(),
    kind: "PREVENTIVE",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
  };
  return [`mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`, { input }];
}

/** Maintenance scheduled by the usual caller (a coordinator), for completing or cancelling. */
async function scheduled(): Promise<string> {
  const [query, variables] = await maintenanceWindow();
  const response = await service.call<{ scheduleMaintenance: { id: string } }>(query, variables);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.scheduleMaintenance.id;
}

/** Every guarded operation, under the catalogue action that governs it; each a fresh, valid request. */
const attempts: Record<string, Attempt[]> = {
  readEquipment: [
    async () => [`{ devices(first: 1) { totalCount } }`, {}],
    async () => [`{ inventoryItems { id } itemsBelowReorderLevel { id } lotsExpiring { onHand } }`, {}],
    async () => [
      `{ maintenanceDue { id } contractsExpiring { id } downtimeWindows(modality: US, from: "2026-01-01T00:00:00Z", to: "2026-01-08T00:00:00Z") { startsAt } }`,
      {},
    ],
  ],
  registerAndRetireDevices: [
    async () => [`mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`, { input: device() }],
    async () => [
      `mutation ($id: ID!) { retireDevice(deviceId: $id, reason: "Cracked lens") { id } }`,
      { id: await service.registerDevice() },
    ],
  ],
  setDeviceStatus: [
    async () => [`mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: DOWN) { id } }`, { id: await service.registerDevice() }],
  ],
  scheduleMaintenance: [maintenanceWindow],
  completeOrCancelMaintenance: [
    async () => [`mutation ($id: ID!) { completeMaintenance(maintenanceId: $id) { id } }`, { id: await scheduled() }],
    async () => [`mutation ($id: ID!) { cancelMaintenance(maintenanceId: $id, reason: "Vendor late") { id } }`, { id: await scheduled() }],
  ],
  keepServiceContracts: [
    async () => {
      const input = {
        deviceId: await service.registerDevice(),
        vendor: "GE",
        coverage: "FULL",
        startsOn: "2026-01-01",
        endsOn: "2026-12-31",
      };
      return [
        `mutation ($input: AddServiceContractInput!) { addServiceContract(input: $input) { id } }`,
        { input: { ...input, annualCost: "1200.00", responseTimeHours: 4 } },
      ];
    },
  ],
  keepInventory: [
    async () => [
      `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      { input: { name: `Gel ${crypto.randomUUID()}`, category: "GEL", unit: "bottle", location: "US store", reorderLevel: 2 } },
    ],
    async () => [
      `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`,
      { input: { itemId, lotNumber: "LOT-A", quantity: 5 } },
    ],
    async () => [
      `mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }`,
      { input: { lotId, quantity: -1, reason: "Count" } },
    ],
  ],
  recordStockUse: [
    async () => [`mutation ($input: WithdrawStockInput!) { recordStockUse(input: $input) { id } }`, { input: { lotId, quantity: 1 } }],
  ],
  recordWaste: [
    async () => [`mutation ($input: WithdrawStockInput!) { recordWaste(input: $input) { id } }`, { input: { lotId, quantity: 1 } }],
  ],
  recordProbeUse: [
    async () => [
      `mutation ($input: RecordProbeUseInput!) { recordProbeUse(input: $input) { id } }`,
      { input: { probeId: await service.registerDevice() } },
    ],
  ],
  logDisinfection: [
    async () => {
      const input = { probeId: await service.registerDevice(), method: "UV_C", performedById: crypto.randomUUID(), result: "PASS" };
      return [`mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`, { input }];
    },
  ],
};

let serial = 0;
function device(): Record<string, unknown> {
  serial += 1;
  return { name: `CT ${serial}`, kind: "SCANNER", modality: "CT", manufacturer: "Siemens", model: "Force", serialNumber: `SN-P${serial}` };
}

/**
 * What an allowed caller gets besides success. Alone, the subgraph has no gateway: logging a
 * disinfection gets past the permission and then cannot ask the staff area who performed it
 * (the gateway suite logs one that succeeds, services/gateway/src/probe-disinfection.int.test.ts).
 */
const allowedOutcome: Record<string, string> = { logDisinfection: "AREA_UNAVAILABLE" };

// Who may, as the area's lists said before the catalogue (services/equipment/README.md, "Roles").
const office: readonly Role[] = ["coordinator", "administrator"];
const floor: readonly Role[] = ["technologist", ...office];
const whoMay: Record<string, readonly Role[]> = {
  // Not an API operation: who sees Equipment in the shell's navigation (area.json's remote.roles before).
  openArea: ["technologist", "coordinator", "manager", "administrator", "quality_officer"],
  readEquipment: roles.filter((role) => role !== "integration"),
  registerAndRetireDevices: office,
  setDeviceStatus: office,
  scheduleMaintenance: office,
  completeOrCancelMaintenance: office,
  keepServiceContracts: office,
  keepInventory: office,
  recordStockUse: floor,
  recordWaste: floor,
  recordProbeUse: floor,
  logDisinfection: floor,
};

describe("the equipment permission catalogue", () => {
  it.each([...roles])("tells %s exactly what the API then lets them do", async (role: Role) => {
    const answer = await service.call<{ equipmentPermissions: { action: string; allowed: boolean }[] }>(
      `{ equipmentPermissions { action description allowed } }`,
      {},
      role,
    );
    expect(answer.errors).toBeUndefined();
    const allowed = new Map(answer.data?.equipmentPermissions.map((entry) => [entry.action, entry.allowed]));
    expect([...allowed.keys()].sort()).toEqual([...Object.keys(attempts), "openArea"].sort());
    expect(Object.fromEntries(allowed)).toEqual(
      Object.fromEntries(Object.entries(whoMay).map(([action, who]) => [action, who.includes(role)])),
    );
    for (const [action, tries] of Object.entries(attempts)) {
      for (const attempt of tries) {
        const [query, variables] = await attempt();
        const response = await service.call(query, variables, role);
        const code = response.errors?.[0]?.extensions?.code;
        expect({ action, refused: code === "FORBIDDEN" }).toEqual({ action, refused: !allowed.get(action) });
        if (allowed.get(action))
          expect({ action, code }, JSON.stringify(response.errors)).toEqual({ action, code: allowedOutcome[action] });
      }
    }
  });
});
