import { startSubgraphService, type RunningSubgraphService } from "@gantry/subgraph-kit/service";
import { callSubgraph, testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import type { GraphQLResponse } from "@gantry/testing/graphql-client";
import type { Role } from "@gantry/auth/roles";
import { createTestDatabase } from "@gantry/testing/postgres";
import { staffDataModel, staffSubgraph } from "../src/subgraph.ts";

export interface TestStaffService extends RunningSubgraphService {
  databaseUrl: string;
  /** SQL statements seen since the last reset. */
  statements: string[];
  /** Calls the subgraph over HTTP as the gateway would, for a caller holding `role` (coordinator by default). */
  call<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, role?: Role): Promise<GraphQLResponse<TData>>;
  /** Rows in a table, read straight from the database. */
  count(table: string): Promise<number>;
  /** Adds a staff member through the API and returns its id. */
  addStaffMember(input?: Partial<{ employeeId: string; familyName: string; givenName: string; role: string; npi: string; modalities: string[] }>): Promise<string>;
}

let employeeNumber = 0;

/** The staff subgraph on a free port with its own fresh database. */
export async function startTestStaffService(): Promise<TestStaffService> {
  const databaseUrl = await createTestDatabase("staff");
  const statements: string[] = [];
  const service = await startSubgraphService(staffSubgraph, staffDataModel, {
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    internalSecret: testInternalSecret,
    mode: "test",
    onQuery: (sql) => statements.push(sql),
  });
  const call: TestStaffService["call"] = (query, variables = {}, role = "coordinator") => callSubgraph(service.url, query, variables, testIdentity(role));
  return {
    ...service,
    databaseUrl,
    statements,
    call,
    async count(table) {
      const [row] = await service.orm.em.fork().getConnection().execute<{ count: string }[]>(`select count(*)::text as count from ${table}`);
      return Number(row?.count);
    },
    async addStaffMember(input = {}) {
      employeeNumber += 1;
      const response = await call<{ addStaffMember: { id: string } }>(
        `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
        { input: { employeeId: `T${String(employeeNumber).padStart(5, "0")}`, familyName: "Tester", givenName: `Tess${employeeNumber}`, role: "TECHNOLOGIST", ...input } },
      );
      const id = response.data?.addStaffMember.id;
      if (!id) throw new Error(`addStaffMember failed: ${JSON.stringify(response.errors)}`);
      return id;
    },
  };
}
