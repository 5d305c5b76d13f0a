import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { areas } from "@gantry/areas/areas";
import { composeSupergraph } from "@gantry/compose/compose";
import { ensureDatabase, startEmbeddedPostgres } from "@gantry/database/embedded-postgres";
import { openDatabase } from "@gantry/database/orm";
import { startProcess, waitUntilReady, type ManagedProcess } from "@gantry/stack/child-process";
import { freePort } from "@gantry/testing/free-port";
import { testInternalSecret } from "@gantry/testing/internal-caller";

export interface BenchStack {
  gatewayUrl: string;
  subgraphUrl(area: string): string;
  databaseUrl(area: string): string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Gantry as it is deployed: a durable PostgreSQL (fsync on) with every area seeded, each
 * subgraph and the gateway in its own Node process, all over real HTTP. The load generator runs
 * in this process, so it competes for the same cores, as it would on a laptop.
 */
export async function startBenchStack(options: { patients: number; today: string; log: (line: string) => void }): Promise<BenchStack> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "gantry-bench-"));
  await chmod(folder, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), port: await freePort() });
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
    await cluster.stop();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const databaseUrls = new Map<string, string>();
    const subgraphUrls = new Map<string, string>();
    const logDir = path.join(folder, "logs");
    for (const area of areas) {
      const url = cluster.urlFor(area.dataModel.database);
      await ensureDatabase(url, area.dataModel.database);
      databaseUrls.set(area.definition.name, url);
      if (area.seedDemoData) {
        const orm = await openDatabase({ url, entities: area.dataModel.entities, migrations: area.dataModel.migrations });
        try {
          const started = Date.now();
          const summary = await area.seedDemoData(orm, { today: options.today, patients: options.patients });
          options.log(`seeded ${area.definition.name} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
        } finally {
          await orm.close();
        }
      }
      const port = await freePort();
      const child = await startProcess(
        area.definition.name,
        path.join(root, area.entry),
        {
          NODE_ENV: "development",
          GANTRY_INTERNAL_TOKEN_SECRET: testInternalSecret,
          [`${area.envPrefix}_PORT`]: String(port),
          [`${area.envPrefix}_DATABASE_URL`]: url,
        },
        logDir,
      );
      processes.push(child);
      await waitUntilReady(child, `http://127.0.0.1:${port}/health/ready`);
      subgraphUrls.set(area.definition.name, `http://127.0.0.1:${port}`);
    }
    const supergraph = composeSupergraph(
      areas.map((area) => ({
        name: area.definition.name,
        url: `${subgraphUrls.get(area.definition.name)}/graphql`,
        typeDefs: area.definition.typeDefs,
      })),
    );
    const supergraphPath = path.join(folder, "supergraph.graphql");
    await writeFile(supergraphPath, supergraph.supergraphSdl);
    const gatewayPort = await freePort();
    const gateway = await startProcess(
      "gateway",
      path.join(root, "services/gateway/src/main.ts"),
      {
        NODE_ENV: "development",
        GANTRY_INTERNAL_TOKEN_SECRET: testInternalSecret,
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_SUPERGRAPH_PATH: supergraphPath,
      },
      logDir,
    );
    processes.push(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/health/ready`);
    const lookup = (map: Map<string, string>, area: string) => {
      const value = map.get(area);
      if (!value) throw new Error(`the ${area} area is not registered`);
      return value;
    };
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
      subgraphUrl: (area) => lookup(subgraphUrls, area),
      databaseUrl: (area) => lookup(databaseUrls, area),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
