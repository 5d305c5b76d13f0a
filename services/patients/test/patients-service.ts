import { startSubgraphService, type RunningSubgraphService } from "@gantry/subgraph-kit/service";
import { testInternalSecret } from "@gantry/testing/internal-caller";
import { createTestDatabase } from "@gantry/testing/postgres";
import { patientsDataModel, patientsSubgraph } from "../src/subgraph.ts";

export interface TestPatientsService extends RunningSubgraphService {
  databaseUrl: string;
  /** SQL statements seen since the last reset. */
  statements: string[];
}

/** The patients subgraph on a free port with its own fresh database. */
export async function startTestPatientsService(): Promise<TestPatientsService> {
  const databaseUrl = await createTestDatabase("patients");
  const statements: string[] = [];
  const service = await startSubgraphService(patientsSubgraph, patientsDataModel, {
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    internalSecret: testInternalSecret,
    mode: "test",
    onQuery: (sql) => statements.push(sql),
  });
  return { ...service, databaseUrl, statements };
}
