import path from "node:path";
import { fileURLToPath } from "node:url";
import { areas } from "@gantry/areas/areas";
import { ensureDatabase, startEmbeddedPostgres, canConnect, type EmbeddedCluster } from "@gantry/database/embedded-postgres";
import { seedAreas } from "./demo-data.ts";
import { remotesFromEnvironment } from "./remotes.ts";
import { startServices } from "./services.ts";
import { readStackSettings } from "./settings.ts";
import { startWebServer } from "./web-server.ts";

/**
 * `pnpm start`: the whole of Gantry on one machine with the embedded default — PostgreSQL,
 * every subgraph and the gateway as their own processes, and the web workspace.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
const settings = readStackSettings();
const dataDir = path.resolve(root, settings.GANTRY_DATA_DIR);
const logDir = path.join(dataDir, "logs");
const say = (line: string) => process.stdout.write(`${line}\n`);

const stopSteps: Array<() => Promise<void>> = [];
async function stopAll(): Promise<void> {
  for (const step of stopSteps.reverse()) await step().catch(() => undefined);
}

async function start(): Promise<void> {
  // 1. Databases: each area's configured URL, or its own database on the embedded server.
  const serverUrl = `postgres://gantry:gantry@127.0.0.1:${settings.GANTRY_EMBEDDED_POSTGRES_PORT}/postgres`;
  const needsEmbedded = areas.some((area) => !process.env[`${area.envPrefix}_DATABASE_URL`]);
  let cluster: EmbeddedCluster | undefined;
  if (needsEmbedded && !(await canConnect(serverUrl))) {
    say(
      `• starting embedded PostgreSQL on port ${settings.GANTRY_EMBEDDED_POSTGRES_PORT} (data in ${path.relative(root, dataDir)}/postgres)`,
    );
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: settings.GANTRY_EMBEDDED_POSTGRES_PORT });
    stopSteps.push(() => cluster?.stop() ?? Promise.resolve());
  }
  const databaseUrls: Record<string, string> = {};
  for (const area of areas) {
    const configured = process.env[`${area.envPrefix}_DATABASE_URL`];
    if (configured) databaseUrls[area.definition.name] = configured;
    else {
      await ensureDatabase(serverUrl, area.dataModel.database);
      databaseUrls[area.definition.name] = serverUrl.replace(/\/postgres$/, `/${area.dataModel.database}`);
    }
  }

  // 2. Demo data, deterministic, only into empty databases.
  if (settings.GANTRY_SEED) {
    say("• loading demo data (first start only)");
    const today = new Date().toISOString().slice(0, 10);
    for (const summary of await seedAreas(areas, databaseUrls, { today, patients: settings.GANTRY_SEED_PATIENTS })) say(`  ${summary}`);
  }

  // 3. Subgraphs, the supergraph composed from them, then the gateway, each its own process.
  const services = await startServices(areas, {
    root,
    logDir,
    databaseUrls,
    ports: Object.fromEntries(areas.map((area) => [area.definition.name, area.defaultPort])),
    gatewayPort: settings.GATEWAY_PORT,
    supergraphPath: path.join(root, "services/gateway/supergraph.graphql"),
  });
  stopSteps.push(services.stop);

  // 4. The web workspace, same origin as the API.
  const web = await startWebServer({
    port: settings.GANTRY_WEB_PORT,
    appsDir: path.join(root, "apps"),
    gatewayUrl: services.gatewayUrl,
    remotes: remotesFromEnvironment(settings.GANTRY_REMOTES),
  });
  stopSteps.unshift(web.close);

  say(`
Gantry is running.

  Web workspace   http://localhost:${settings.GANTRY_WEB_PORT}
  GraphQL API     http://localhost:${settings.GATEWAY_PORT}/graphql
  Logs            ${path.relative(root, logDir)}/

  Sign in with a demo account (password: gantry-demo):
    scheduler, technologist, radiologist, coordinator, manager, quality, admin, integration

  A token for scripts and tools:
    curl -s -X POST http://localhost:${settings.GATEWAY_PORT}/auth/token -H 'content-type: application/json' \\
      -d '{"username":"scheduler","password":"gantry-demo"}'

Press Ctrl-C to stop.`);
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say("\nstopping Gantry…");
    void stopAll().then(() => process.exit(0));
  });
}

try {
  await start();
} catch (error) {
  process.stderr.write(`Gantry could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  await stopAll();
  process.exit(1);
}
