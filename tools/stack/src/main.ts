import path from "node:path";
import { fileURLToPath } from "node:url";
import { areas } from "@gantry/areas/areas";
import { ensureDatabase, startEmbeddedPostgres, canConnect, type EmbeddedCluster } from "@gantry/database/embedded-postgres";
import { ensureAppRole, type DatabaseAccess } from "@gantry/database/roles";
import { todayIn } from "@gantry/calendar/calendar";
import { createLogger } from "@gantry/logging/logger";
import { describeExit } from "./child-process.ts";
import { seedAreas, seedAreasWithOtherAreas } from "./demo-data.ts";
import { launcherInternalSecret } from "./internal-secret.ts";
import { portProblems, type WantedPort } from "./ports.ts";
import { remoteFoldersOf, remotesFromEnvironment } from "./remotes.ts";
import { startServices } from "./services.ts";
import { readAreaPorts, readStackSettings } from "./settings.ts";
import { startWebServer } from "./web-server.ts";

/**
 * `pnpm start`: the whole of Gantry on one machine with the embedded default — PostgreSQL,
 * every subgraph and the gateway as their own processes, and the web workspace. Either all of
 * it runs or the launcher exits non-zero saying why: never a silent half stack.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
const settings = readStackSettings();
const areaPorts = readAreaPorts(areas);
const dataDir = path.resolve(root, settings.GANTRY_DATA_DIR);
const logDir = path.join(dataDir, "logs");
const host = settings.GANTRY_BIND_HOST;
const say = (line: string) => process.stdout.write(`${line}\n`);
const shown = (file: string) => (path.relative(root, file).startsWith("..") ? file : path.relative(root, file));

const stopSteps: Array<() => Promise<void>> = [];
let stopping = false;
/** Stops whatever runs (newest first) and exits; the first caller wins. */
async function stopAll(code: number, message?: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (message) process.stderr.write(`${message}\n`);
  for (const step of stopSteps.reverse()) await step().catch(() => undefined);
  process.exit(code);
}

function wantedPorts(startsPostgres: boolean): WantedPort[] {
  return [
    { port: settings.GANTRY_WEB_PORT, what: "web workspace", setting: "GANTRY_WEB_PORT", host },
    { port: settings.GATEWAY_PORT, what: "gateway", setting: "GATEWAY_PORT", host },
    ...areas.map((area) => ({
      port: areaPorts[area.name] as number,
      what: `${area.name} subgraph`,
      setting: `${area.envPrefix}_PORT`,
      host,
    })),
    ...(startsPostgres
      ? [
          {
            port: settings.GANTRY_EMBEDDED_POSTGRES_PORT,
            what: "embedded PostgreSQL",
            setting: "GANTRY_EMBEDDED_POSTGRES_PORT",
            host: "127.0.0.1",
          },
        ]
      : []),
  ];
}

async function start(): Promise<void> {
  // 0. Every port first: a taken one fails now, naming the setting that moves it.
  const serverUrl = `postgres://gantry:gantry@127.0.0.1:${settings.GANTRY_EMBEDDED_POSTGRES_PORT}/postgres`;
  const needsEmbedded = areas.some((area) => !process.env[`${area.envPrefix}_DATABASE_URL`]);
  const startsPostgres = needsEmbedded && !(await canConnect(serverUrl));
  const problems = await portProblems(wantedPorts(startsPostgres));
  if (problems.length > 0) throw new Error(problems.join("\n  "));
  const internalSecret = await launcherInternalSecret(dataDir, settings.GANTRY_INTERNAL_TOKEN_SECRET);

  // 1. Databases: each area's configured URLs, or its own database on the embedded server, where
  // the owner migrates and requests run as the database's own role (owning nothing).
  let cluster: EmbeddedCluster | undefined;
  if (startsPostgres) {
    say(`• starting embedded PostgreSQL on port ${settings.GANTRY_EMBEDDED_POSTGRES_PORT} (data in ${shown(dataDir)}/postgres)`);
    stopSteps.push(() => cluster?.stop() ?? Promise.resolve());
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: settings.GANTRY_EMBEDDED_POSTGRES_PORT });
  }
  const databases: Record<string, DatabaseAccess> = {};
  for (const area of areas) {
    const configured = process.env[`${area.envPrefix}_DATABASE_URL`];
    const migrationUrl = process.env[`${area.envPrefix}_MIGRATION_DATABASE_URL`];
    if (configured) databases[area.name] = migrationUrl ? { url: configured, migrationUrl } : { url: configured };
    else {
      await ensureDatabase(serverUrl, area.database);
      databases[area.name] = await ensureAppRole(serverUrl, area.database);
    }
  }

  // 2. Demo data, deterministic, only into empty databases.
  if (settings.GANTRY_SEED) {
    say("• loading demo data (first start only)");
    const today = todayIn(settings.GANTRY_TIME_ZONE);
    for (const summary of await seedAreas(areas, databases, { today, patients: settings.GANTRY_SEED_PATIENTS })) say(`  ${summary}`);
  }

  // 3. Subgraphs, the supergraph composed from them, then the gateway, each its own process.
  // One that dies later takes the whole stack down with it, saying which one.
  const services = await startServices(areas, {
    root,
    logDir,
    databases,
    ports: areaPorts,
    gatewayPort: settings.GATEWAY_PORT,
    // In the data folder, not the repository: its routing URLs are this launch's ports.
    supergraphPath: path.join(dataDir, "supergraph.graphql"),
    env: { GANTRY_INTERNAL_TOKEN_SECRET: internalSecret, GANTRY_BIND_HOST: host, GANTRY_DATA_DIR: dataDir },
    onUnexpectedExit: (service, exit) =>
      void stopAll(1, `Gantry stopped: the ${service.name} process ${describeExit(exit)}; see ${shown(service.logFile)}`),
  });
  stopSteps.push(services.stop);

  // 4. The web workspace, same origin as the API.
  const web = await startWebServer({
    port: settings.GANTRY_WEB_PORT,
    host,
    appsDir: path.join(root, "apps"),
    remoteFolders: remoteFoldersOf(areas),
    gatewayUrl: services.gatewayUrl,
    remotes: remotesFromEnvironment(settings.GANTRY_REMOTES),
  });
  stopSteps.push(web.close);
  if (stopping) return;

  // 5. Demo data that must fit other areas' (a year of bookings), read through the gateway; first start only.
  if (settings.GANTRY_SEED) {
    say("• loading demo history through the API (first start only)");
    const summaries = await seedAreasWithOtherAreas(areas, databases, {
      today: todayIn(settings.GANTRY_TIME_ZONE),
      patients: settings.GANTRY_SEED_PATIENTS,
      daysBefore: settings.GANTRY_SEED_HISTORY_DAYS,
      daysAhead: settings.GANTRY_SEED_DAYS_AHEAD,
      gatewayUrl: services.gatewayUrl,
      internalSecret,
      logger: createLogger("launcher", "warn"),
    });
    for (const summary of summaries) say(`  ${summary}`);
  }

  say(`
Gantry is running.

  Web workspace   http://localhost:${settings.GANTRY_WEB_PORT}
  GraphQL API     http://localhost:${settings.GATEWAY_PORT}/graphql
  Logs            ${shown(logDir)}/

  Sign in with a demo account (password: gantry-demo):
    scheduler, technologist, radiologist, coordinator, manager, quality, admin, integration

  A token for scripts and tools:
    curl -s -X POST http://localhost:${settings.GATEWAY_PORT}/auth/token -H 'content-type: application/json' \\
      -d '{"username":"scheduler","password":"gantry-demo"}'

Press Ctrl-C to stop.`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) say("\nstopping Gantry…");
    void stopAll(0);
  });
}

try {
  await start();
} catch (error) {
  await stopAll(1, `Gantry could not start: ${error instanceof Error ? error.message : String(error)}`);
}
