import type { Role } from "@gantry/auth/roles";
import { startSubgraphService, type RunningSubgraphService } from "@gantry/subgraph-kit/service";
import type { GraphQLResponse } from "@gantry/testing/graphql-client";
import { callSubgraph, testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import { createTestDatabase } from "@gantry/testing/postgres";
import { equipmentDataModel, equipmentSubgraph } from "../src/subgraph.ts";

export interface TestEquipmentService extends RunningSubgraphService {
  databaseUrl: string;
  /** SQL statements seen since the last reset. */
  statements: string[];
  /** Calls the subgraph over HTTP as the gateway would, for a caller holding `role` (coordinator by default). */
  call<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, role?: Role): Promise<GraphQLResponse<TData>>;
  /** Rows in a table (with an optional `where …`), read straight from the database. */
  count(table: string): Promise<number>;
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
  const databaseUrl = await createTestDatabase("equipment");
  const statements: string[] = [];
  const service = await startSubgraphService(equipmentSubgraph, equipmentDataModel, {
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    internalSecret: testInternalSecret,
    mode: "test",
    onQuery: (sql) => statements.push(sql),
  });
  const call: TestEquipmentService["call"] = (query, variables = {}, role = "coordinator") => callSubgraph(service.url, query, variables, testIdentity(role));
  return {
    ...service,
    databaseUrl,
    statements,
    call,
    async count(table) {
      const [row] = await service.orm.em.fork().getConnection().execute<{ count: string }[]>(`select count(*)::text as count from ${table}`);
      return Number(row?.count);
    },
    async registerDevice(input = {}) {
      serial += 1;
      const response = await call<{ registerDevice: { id: string } }>(`mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`, {
        input: { name: `Probe ${serial}`, kind: "ULTRASOUND_PROBE", modality: "US", manufacturer: "GE", model: "C1-6", serialNumber: `SN-T${serial}`, ...input },
      });
      return dataOrThrow("registerDevice", response).registerDevice.id;
    },
    async addItem(input = {}) {
      serial += 1;
      const response = await call<{ addInventoryItem: { id: string } }>(`mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`, {
        input: { name: `Iohexol 350 #${serial}`, category: "CONTRAST", unit: "bottle (100 mL)", location: "CT store", reorderLevel: 5, ...input },
      });
      return dataOrThrow("addInventoryItem", response).addInventoryItem.id;
    },
    async receive(itemId, quantity, lotNumber = `LOT-${itemId.slice(0, 8)}`, extra = {}) {
      const response = await call<{ receiveStock: { lot: { id: string } } }>(`mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { lot { id } } }`, {
        input: { itemId, lotNumber, expiresOn: "2027-06-30", quantity, ...extra },
      });
      return dataOrThrow("receiveStock", response).receiveStock.lot.id;
    },
  };
}
