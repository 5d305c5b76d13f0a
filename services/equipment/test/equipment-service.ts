import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import type { GraphQLResponse } from "@gantry/testing/graphql-client";
import { equipmentDataModel, equipmentSubgraph } from "../src/subgraph.ts";

export interface TestEquipmentService extends TestAreaService {
  /** Registers a device through the API and returns its id. */
  registerDevice(input?: Record<string, unknown>): Promise<string>;
  /** Adds an inventory item through the API and returns its id. */
  addItem(input?: Record<string, unknown>): Promise<string>;
  /** Receives stock through the API and returns the lot id. */
  receive(itemId: string, quantity: number, lotNumber?: string, extra?: Record<string, unknown>): Promise<string>;
}

let serial = 0;

/** Fails the test with the API's own errors when a helper call does not succeed. */
function dataOrThrow<T>(what: string, response: GraphQLResponse<T>): T {
  if (!response.data || response.errors) throw new Error(`${what} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The equipment subgraph on a free port with its own fresh database. */
export async function startTestEquipmentService(): Promise<TestEquipmentService> {
  const service = await startTestAreaService(equipmentSubgraph, equipmentDataModel, { area: "equipment", callerRole: "coordinator" });
  const { call } = service;
  return {
    ...service,
    async registerDevice(input = {}) {
      serial += 1;
      const response = await call<{ registerDevice: { id: string } }>(
        `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
        {
          input: {
            name: `Probe ${serial}`,
            kind: "ULTRASOUND_PROBE",
            modality: "US",
            manufacturer: "GE",
            model: "C1-6",
            serialNumber: `SN-T${serial}`,
            ...input,
          },
        },
      );
      return dataOrThrow("registerDevice", response).registerDevice.id;
    },
    async addItem(input = {}) {
      serial += 1;
      const response = await call<{ addInventoryItem: { id: string } }>(
        `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
        {
          input: {
            name: `Iohexol 350 #${serial}`,
            category: "CONTRAST",
            unit: "bottle (100 mL)",
            location: "CT store",
            reorderLevel: 5,
            ...input,
          },
        },
      );
      return dataOrThrow("addInventoryItem", response).addInventoryItem.id;
    },
    async receive(itemId, quantity, lotNumber = `LOT-${itemId.slice(0, 8)}`, extra = {}) {
      const response = await call<{ receiveStock: { lot: { id: string } } }>(
        `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { lot { id } } }`,
        {
          input: { itemId, lotNumber, expiresOn: "2027-06-30", quantity, ...extra },
        },
      );
      return dataOrThrow("receiveStock", response).receiveStock.lot.id;
    },
  };
}
