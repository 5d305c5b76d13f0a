import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { areas } from "@gantry/areas/areas";
import { ensureDatabase, startEmbeddedPostgres } from "@gantry/database/embedded-postgres";
import { ensureAppRole, type DatabaseAccess } from "@gantry/database/roles";
import { createLogger } from "@gantry/logging/logger";
import { seedAreas, seedAreasWithOtherAreas } from "@gantry/stack/demo-data";
import { startServices } from "@gantry/stack/services";
import { freePort } from "@gantry/testing/free-port";
import { testInternalSecret } from "@gantry/testing/internal-caller";

export interface BenchStack {
  gatewayUrl: string;
  subgraphUrl(area: string): string;
  databaseUrl(area: string): string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("../../../", import.meta.url));

function lookup(map: Record<string, string>, area: string): string {
  const value = map[area];
  if (!value) throw new Error(`the ${area} area is not registered`);
  return value;
}

/**
 * Gantry as it is deployed: a durable PostgreSQL (fsync on) with every area seeded, each
 * subgraph and the gateway in its own Node process, all over real HTTP. The load generator runs
 * in this process, so it competes for the same cores, as it would on a laptop.
 */
export async function startBenchStack(options: { patients: number; today: string; log: (line: string) => void }): Promise<BenchStack> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "gantry-bench-"));
  await chmod(folder, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), port: await freePort() });
  const stopDatabase = async () => {
    await cluster.stop();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const databases: Record<string, DatabaseAccess> = {};
    const ports: Record<string, number> = {};
    for (const area of areas) {
      const url = cluster.urlFor(area.database);
      await ensureDatabase(url, area.database);
      databases[area.name] = await ensureAppRole(url, area.database);
      ports[area.name] = await freePort();
    }
    const started = Date.now();
    const summaries = await seedAreas(areas, databases, { today: options.today, patients: options.patients });
    options.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:\n  ${summaries.join("\n  ")}`);
    const services = await startServices(areas, {
      root,
      logDir: path.join(folder, "logs"),
      databases,
      ports,
      gatewayPort: await freePort(),
      supergraphPath: path.join(folder, "supergraph.graphql"),
      env: { NODE_ENV: "development", GANTRY_INTERNAL_TOKEN_SECRET: testInternalSecret },
    });
    // The year of bookings, as a first start loads it: through the gateway, fitting the rota and scanners.
    const history = Date.now();
    const withOthers = await seedAreasWithOtherAreas(areas, databases, {
      today: options.today,
      patients: options.patients,
      daysBefore: 365,
      daysAhead: 28,
      gatewayUrl: services.gatewayUrl,
      internalSecret: testInternalSecret,
      logger: createLogger("bench", "warn"),
    });
    options.log(`history seeded in ${((Date.now() - history) / 1000).toFixed(1)} s:\n  ${withOthers.join("\n  ")}`);
    return {
      gatewayUrl: services.gatewayUrl,
      subgraphUrl: (area) => lookup(services.subgraphUrls, area),
      // Direct SQL in the benchmarks compares with the service's own work: as its runtime role.
      databaseUrl: (area) => lookup(Object.fromEntries(Object.entries(databases).map(([name, access]) => [name, access.url])), area),
      async stop() {
        await services.stop();
        await stopDatabase();
      },
    };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
