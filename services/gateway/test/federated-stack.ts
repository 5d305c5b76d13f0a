import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { composeSupergraph, type SubgraphSource } from "@gantry/compose/compose";
import { subgraphSources } from "@gantry/compose/sources";
import { areas, loadAreaCode } from "@gantry/areas/areas";
import { createLogger } from "@gantry/logging/logger";
import { startSubgraphService, type RunningSubgraphService } from "@gantry/subgraph-kit/service";
import { freePort } from "@gantry/testing/free-port";
import { callGateway, tokenFor, type GraphQLResponse } from "@gantry/testing/graphql-client";
import { testInternalSecret } from "@gantry/testing/internal-caller";
import { createTestDatabaseAccess } from "@gantry/testing/postgres";
import { readGatewayConfig } from "../src/config.ts";
import { startGateway } from "../src/gateway.ts";

export interface StackSubgraph extends RunningSubgraphService {
  /** SQL statements the subgraph issued; tests empty it before the call they measure. */
  statements: string[];
}

export interface FederatedStack {
  gatewayUrl: string;
  subgraphs: Record<string, StackSubgraph>;
  /** The supergraph file the gateway loads (and watches): a test may write a new one. */
  supergraphPath: string;
  /** Each area's committed SDL, routed to its running subgraph: what the supergraph was composed from. */
  sources: SubgraphSource[];
  /** Calls the gateway as a demo account (by username), or anonymously with `null`. */
  call<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    username?: string | null,
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * Every subgraph (each on its own fresh database and free port) behind a real gateway, over
 * real HTTP: what the federation tests, the UI tests and the benchmarks run against.
 */
export async function startFederatedStack(options: { gatewayEnv?: Record<string, string> } = {}): Promise<FederatedStack> {
  const running: Record<string, StackSubgraph> = {};
  // Chosen before the subgraphs start: they ask other areas through the gateway.
  const gatewayPort = await freePort();
  // An area's question must give up before the gateway gives up on the area asking it.
  const subgraphTimeoutMs = Number(options.gatewayEnv?.GATEWAY_SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const areaCalls = { gatewayUrl: `http://127.0.0.1:${gatewayPort}`, timeoutMs: Math.floor(subgraphTimeoutMs * 0.4) };
  // Ports chosen first, so each area can be told where every other one takes its events.
  const ports = new Map(await Promise.all(areas.map(async (area) => [area.name, await freePort()] as const)));
  const subscribers = Object.fromEntries(areas.map((area) => [area.name, `http://127.0.0.1:${ports.get(area.name)}`]));
  for (const area of areas) {
    const statements: string[] = [];
    // Each area's code comes from the package exports its area.json names.
    const { definition, dataModel } = await loadAreaCode(area);
    const database = await createTestDatabaseAccess(area.name);
    const service = await startSubgraphService(definition, dataModel, {
      databaseUrl: database.url,
      migrationDatabaseUrl: database.migrationUrl,
      port: ports.get(area.name) ?? 0,
      host: "127.0.0.1",
      internalSecret: testInternalSecret,
      mode: "test",
      onQuery: (sql) => statements.push(sql),
      areaCalls,
      events: { subscribers: Object.fromEntries(Object.entries(subscribers).filter(([name]) => name !== area.name)) },
    });
    // A test may stop one subgraph to see how the gateway answers without it; stopping twice is a no-op.
    let stopped: Promise<void> | undefined;
    running[area.name] = { ...service, statements, stop: () => (stopped ??= service.stop()) };
  }
  // From the committed schema files, as in production: a file that lags its service fails here too.
  const sources = subgraphSources(areas, (area) => `${running[area.name]?.url}/graphql`);
  const supergraph = composeSupergraph(sources);
  const folder = await mkdtemp(path.join(os.tmpdir(), "gantry-supergraph-"));
  const supergraphPath = path.join(folder, "supergraph.graphql");
  await writeFile(supergraphPath, supergraph.supergraphSdl);
  const config = readGatewayConfig({
    NODE_ENV: "test",
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_SUPERGRAPH_PATH: supergraphPath,
    GANTRY_INTERNAL_TOKEN_SECRET: testInternalSecret,
    ...options.gatewayEnv,
  });
  const gateway = await startGateway(config, createLogger("gateway", "silent"), "127.0.0.1");
  const tokens = new Map<string, string>();
  return {
    gatewayUrl: gateway.url,
    subgraphs: running,
    supergraphPath,
    sources,
    async call(query, variables = {}, username = "scheduler") {
      if (username === null) return callGateway(gateway.url, query, variables);
      let token = tokens.get(username);
      if (!token) {
        token = await tokenFor(gateway.url, username);
        tokens.set(username, token);
      }
      return callGateway(gateway.url, query, variables, { token });
    },
    async stop() {
      await gateway.close();
      for (const service of Object.values(running)) await service.stop();
    },
  };
}
