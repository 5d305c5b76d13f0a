import type { Role } from "@gantry/auth/roles";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import { startSubgraphService, type RunningSubgraphService, type SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { freePort } from "./free-port.ts";
import type { GraphQLResponse } from "./graphql-client.ts";
import { callSubgraph, testIdentity, testInternalSecret } from "./internal-caller.ts";
import { createTestDatabaseAccess } from "./postgres.ts";

export interface TestAreaService extends RunningSubgraphService {
  databaseUrl: string;
  /** SQL statements seen since the last reset. */
  statements: string[];
  /** Calls the subgraph over HTTP as the gateway would, for a caller holding `role` (the area's usual caller by default). */
  call<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, role?: Role): Promise<GraphQLResponse<TData>>;
  /** Rows in a table (with an optional `where …`), read straight from the database. */
  count(table: string): Promise<number>;
}

export interface TestAreaServiceOptions {
  /** Names the fresh test database. */
  area: string;
  /** Who `call` acts as unless a role is given. */
  callerRole: Role;
  /**
   * The gateway the subgraph asks other areas through. None by default: a lone subgraph's
   * questions to other areas find nothing listening and answer AREA_UNAVAILABLE.
   */
  gatewayUrl?: string;
}

/** An area's subgraph on a free port with its own fresh test database. Must run under Vitest (libs/testing global setup). */
export async function startTestAreaService<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  model: SubgraphDataModel,
  options: TestAreaServiceOptions,
): Promise<TestAreaService> {
  const database = await createTestDatabaseAccess(options.area);
  const databaseUrl = database.url;
  const statements: string[] = [];
  const service = await startSubgraphService(definition, model, {
    databaseUrl,
    migrationDatabaseUrl: database.migrationUrl,
    port: 0,
    host: "127.0.0.1",
    internalSecret: testInternalSecret,
    mode: "test",
    onQuery: (sql) => statements.push(sql),
    areaCalls: { gatewayUrl: options.gatewayUrl ?? `http://127.0.0.1:${await freePort()}`, timeoutMs: 2000 },
  });
  return {
    ...service,
    databaseUrl,
    statements,
    call: (query, variables = {}, role = options.callerRole) => callSubgraph(service.url, query, variables, testIdentity(role)),
    async count(table) {
      const [row] = await service.orm.em
        .fork()
        .getConnection()
        .execute<{ count: string }[]>(`select count(*)::text as count from ${table}`);
      return Number(row?.count);
    },
  };
}
