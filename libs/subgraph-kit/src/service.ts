import { commonSettings, readEnvironment, setting, type RuntimeMode } from "@gantry/config/environment";
import { resolveDatabase } from "@gantry/database/database-url";
import { openDatabase, type MigrationObject } from "@gantry/database/orm";
import { exitWithLauncher, onShutdown } from "@gantry/http-server/shutdown";
import { createLogger, type Logger } from "@gantry/logging/logger";
import type { EntitySchema } from "@mikro-orm/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import { z } from "zod";
import { defaultAreaCallSettings, type AreaCallSettings } from "./area-client.ts";
import type { SubgraphContext } from "./context.ts";
import { defaultMaxAttempts } from "./events/event-routing.ts";
import { eventSettings } from "./events/event-settings.ts";
import { migrateEventQueue, startEventWorker } from "./events/event-worker.ts";
import { startSubgraph, type SubgraphDefinition } from "./server.ts";

/** A subgraph's own database: its name on the server, its entities and committed migrations. */
export interface SubgraphDataModel {
  database: string;
  entities: EntitySchema[];
  migrations: MigrationObject[];
}

export interface StartSubgraphServiceOptions {
  databaseUrl: string;
  /** The tables' owner, who runs the migrations; requests then run as the user of `databaseUrl`. */
  migrationDatabaseUrl?: string | undefined;
  port: number;
  host?: string;
  internalSecret: string;
  mode: RuntimeMode;
  logger?: Logger;
  /** Sees each SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where questions to other areas go; the gateway at its default address otherwise. */
  areaCalls?: AreaCallSettings;
  /** Cross-area events: the subscribing areas' subgraph URLs by area name (none by default), attempts per delivery. */
  events?: { subscribers?: Readonly<Record<string, string>>; maxAttempts?: number };
}

export interface RunningSubgraphService {
  url: string;
  port: number;
  orm: MikroORM;
  stop(): Promise<void>;
}

/** Opens the service's database (applying migrations) and starts its HTTP server. */
export async function startSubgraphService<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  model: SubgraphDataModel,
  options: StartSubgraphServiceOptions,
): Promise<RunningSubgraphService> {
  const logger = options.logger ?? createLogger(definition.name, options.mode === "test" ? "silent" : undefined);
  // graphile-worker's schema first, as the owner: the area's migrations then grant the runtime role its use.
  await migrateEventQueue(options.migrationDatabaseUrl ?? options.databaseUrl, logger);
  const orm = await openDatabase({
    url: options.databaseUrl,
    ...(options.migrationDatabaseUrl ? { migrationUrl: options.migrationDatabaseUrl } : {}),
    entities: model.entities,
    migrations: model.migrations,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const eventRouting = {
    producer: definition.name,
    subscribers: options.events?.subscribers ?? {},
    maxAttempts: options.events?.maxAttempts ?? defaultMaxAttempts,
  };
  const server = await startSubgraph(definition, {
    orm,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    internalSecret: options.internalSecret,
    logger,
    mode: options.mode,
    ...(options.areaCalls ? { areaCalls: options.areaCalls } : {}),
    events: eventRouting,
  });
  const worker = await startEventWorker({
    databaseUrl: options.databaseUrl,
    routing: eventRouting,
    internalSecret: options.internalSecret,
    logger,
    scheduled: { tasks: definition.scheduledTasks ?? [], orm },
  });
  return {
    url: server.url,
    port: server.port,
    orm,
    async stop() {
      await server.close();
      // After the server: no request can publish any more; deliveries under way finish (or are given back) first.
      await worker.stop();
      await orm.close();
    },
  };
}

/**
 * The value earlier releases used when the secret was unset. It is public (it was in the source),
 * so anyone could sign an identity with it: it is refused even when set explicitly.
 */
const formerPublicSecret = "gantry-development-internal-secret-change-me";

/**
 * The shared secret gateway and subgraphs sign identities with. There is no default: a process
 * without one refuses to start (the launcher of the embedded default makes one per data folder).
 */
export function internalSecretSetting() {
  return z
    .string({ error: "is not set: every gateway and subgraph needs the same private secret (at least 32 characters)" })
    .min(32, "must be at least 32 characters");
}

/** Refuses the secret that used to be the public default, in every mode. */
export function assertPrivateSecret(secret: string): void {
  if (secret === formerPublicSecret) {
    throw new Error("GANTRY_INTERNAL_TOKEN_SECRET is the former public default: set a private value (at least 32 characters).");
  }
}

/**
 * The process entry of a subgraph: reads `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL` (embedded
 * default when unset) and `GANTRY_BIND_HOST`, starts, and stops gracefully on SIGTERM. A process
 * that cannot start says why in one line and exits non-zero.
 */
export async function runSubgraphProcess<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  model: SubgraphDataModel,
  settings: { envPrefix: string; defaultPort: number },
): Promise<void> {
  // From the first moment: a launcher that dies while this process migrates must not orphan it.
  exitWithLauncher();
  try {
    await startSubgraphProcess(definition, model, settings);
  } catch (error) {
    process.stderr.write(`The ${definition.name} subgraph cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function startSubgraphProcess<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  model: SubgraphDataModel,
  settings: { envPrefix: string; defaultPort: number },
): Promise<void> {
  const portKey = `${settings.envPrefix}_PORT`;
  const urlKey = `${settings.envPrefix}_DATABASE_URL`;
  const migrationUrlKey = `${settings.envPrefix}_MIGRATION_DATABASE_URL`;
  const env = readEnvironment({
    ...commonSettings,
    GANTRY_INTERNAL_TOKEN_SECRET: internalSecretSetting(),
    GANTRY_EMBEDDED_POSTGRES_PORT: setting.port(5433),
    ...eventSettings,
    /** The gateway this subgraph asks other areas through (on behalf of its caller). */
    GANTRY_GATEWAY_URL: z.url().default(defaultAreaCallSettings.gatewayUrl),
    GANTRY_AREA_CALL_TIMEOUT_MS: setting.positiveInteger(defaultAreaCallSettings.timeoutMs),
  });
  const own = readEnvironment({
    [portKey]: setting.port(settings.defaultPort),
    [urlKey]: setting.optionalUrl(),
    [migrationUrlKey]: setting.optionalUrl(),
  }) as Record<string, unknown>;
  assertPrivateSecret(env.GANTRY_INTERNAL_TOKEN_SECRET);
  const logger = createLogger(definition.name, env.GANTRY_LOG_LEVEL);
  const location = await resolveDatabase({
    configuredUrl: own[urlKey] as string | undefined,
    configuredMigrationUrl: own[migrationUrlKey] as string | undefined,
    database: model.database,
    dataDir: env.GANTRY_DATA_DIR,
    embeddedPort: env.GANTRY_EMBEDDED_POSTGRES_PORT,
  });
  if (!location.migrationUrl)
    logger.warn(
      `${migrationUrlKey} is not set: requests run as the owner of the tables, who could switch off the audit triggers. Set it to the owner and ${urlKey} to a role that owns nothing (docs/configuration.md).`,
    );
  const service = await startSubgraphService(definition, model, {
    databaseUrl: location.url,
    migrationDatabaseUrl: location.migrationUrl,
    port: own[portKey] as number,
    host: env.GANTRY_BIND_HOST,
    internalSecret: env.GANTRY_INTERNAL_TOKEN_SECRET,
    mode: env.NODE_ENV,
    logger,
    events: { subscribers: env.GANTRY_EVENT_SUBSCRIBERS, maxAttempts: env.GANTRY_EVENT_MAX_ATTEMPTS },
    areaCalls: { gatewayUrl: env.GANTRY_GATEWAY_URL.replace(/\/+$/, ""), timeoutMs: env.GANTRY_AREA_CALL_TIMEOUT_MS },
  });
  logger.info({ url: `${service.url}/graphql`, host: env.GANTRY_BIND_HOST }, `${definition.name} subgraph ready`);
  onShutdown(logger, [service.stop, async () => location.startedCluster?.stop()]);
}
