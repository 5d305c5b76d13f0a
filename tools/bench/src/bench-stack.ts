import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { areas, type Area } from "@gantry/areas/areas";
import { ensureDatabase, startEmbeddedPostgres } from "@gantry/database/embedded-postgres";
import { openDatabase } from "@gantry/database/orm";
import { startFederatedStack, type FederatedStack } from "@gantry/gateway/test-stack";
import { freePort } from "@gantry/testing/free-port";

export interface BenchStack {
  stack: FederatedStack;
  databaseUrl(area: string): string;
  stop(): Promise<void>;
}

/**
 * A durable PostgreSQL (fsync on, as in a department) with every area seeded, and the whole
 * federated stack over real HTTP in front of it.
 */
export async function startBenchStack(options: { patients: number; today: string; log: (line: string) => void }): Promise<BenchStack> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "gantry-bench-"));
  await chmod(folder, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), port: await freePort() });
  const urls = new Map<string, string>();
  const databaseFor = async (area: Area) => {
    const url = cluster.urlFor(area.dataModel.database);
    await ensureDatabase(url, area.dataModel.database);
    urls.set(area.definition.name, url);
    return url;
  };
  for (const area of areas) {
    const url = await databaseFor(area);
    if (!area.seedDemoData) continue;
    const orm = await openDatabase({ url, entities: area.dataModel.entities, migrations: area.dataModel.migrations });
    try {
      const started = Date.now();
      const summary = await area.seedDemoData(orm, { today: options.today, patients: options.patients });
      options.log(`seeded ${area.definition.name} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
    } finally {
      await orm.close();
    }
  }
  const stack = await startFederatedStack({ databaseFor, captureStatements: false });
  return {
    stack,
    databaseUrl(area) {
      const url = urls.get(area);
      if (!url) throw new Error(`no database for ${area}`);
      return url;
    },
    async stop() {
      await stack.stop();
      await cluster.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
