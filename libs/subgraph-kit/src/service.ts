import { commonSettings, readEnvironment, setting, type RuntimeMode } from "@gantry/config/environment";
import { resolveDatabase } from "@gantry/database/database-url";
import { openDatabase, type MigrationObject } from "@gantry/database/orm";
import { onShutdown } from "@gantry/http-server/shutdown";
import { createLogger, type Logger } from "@gantry/logging/logger";
import type { EntitySchema } from "@mikro-orm/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import { z } from "zod";
import type { SubgraphContext } from "./context.ts";
import { startSubgraph, type SubgraphDefinition } from "./server.ts";

/** A subgraph's own database: its name on the server, its entities and committed migrations. */
export interface SubgraphDataModel {
  database: string;
  entities: EntitySchema[];
  migrations: MigrationObject[];
}

export interface StartSubgraphServiceOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  internalSecret: string;
  mode: RuntimeMode;
  logger?: Logger;
  /** Sees each SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
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
  const orm = await openDatabase({
    url: options.databaseUrl,
    entities: model.entities,
    migrations: model.migrations,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const server = await startSubgraph(definition, {
    orm,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    internalSecret: options.internalSecret,
    logger,
    mode: options.mode,
  });
  return {
    url: server.url,
    port: server.port,
    orm,
    async stop() {
      await server.close();
      await orm.close();
    },
  };
}

const developmentSecret = "gantry-development-internal-secret-change-me";

/** The shared secret gateway and subgraphs sign identities with; a real one is required in production. */
export function internalSecretSetting() {
  return z.string().min(32, "must be at least 32 characters").default(developmentSecret);
}

export function assertProductionSecret(mode: RuntimeMode, secret: string): void {
  if (mode === "production" && secret === developmentSecret) {
    throw new Error("GANTRY_INTERNAL_TOKEN_SECRET must be set to a private value in production.");
  }
}

/**
 * The process entry of a subgraph: reads `<PREFIX>_PORT` and `<PREFIX>_DATABASE_URL` (embedded
 * default when unset), starts, and stops gracefully on SIGTERM.
 */
export async function runSubgraphProcess<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  model: SubgraphDataModel,
  settings: { envPrefix: string; defaultPort: number },
): Promise<void> {
  const portKey = `${settings.envPrefix}_PORT`;
  const urlKey = `${settings.envPrefix}_DATABASE_URL`;
  const env = readEnvironment({
    ...commonSettings,
    GANTRY_INTERNAL_TOKEN_SECRET: internalSecretSetting(),
    GANTRY_EMBEDDED_POSTGRES_PORT: setting.port(5433),
  });
  const own = readEnvironment({ [portKey]: setting.port(settings.defaultPort), [urlKey]: setting.optionalUrl() }) as Record<
    string,
    unknown
  >;
  assertProductionSecret(env.NODE_ENV, env.GANTRY_INTERNAL_TOKEN_SECRET);
  const logger = createLogger(definition.name, env.GANTRY_LOG_LEVEL);
  const location = await resolveDatabase({
    configuredUrl: own[urlKey] as string | undefined,
    database: model.database,
    dataDir: env.GANTRY_DATA_DIR,
    embeddedPort: env.GANTRY_EMBEDDED_POSTGRES_PORT,
  });
  const service = await startSubgraphService(definition, model, {
    databaseUrl: location.url,
    port: own[portKey] as number,
    internalSecret: env.GANTRY_INTERNAL_TOKEN_SECRET,
    mode: env.NODE_ENV,
    logger,
  });
  logger.info({ url: `${service.url}/graphql` }, `${definition.name} subgraph ready`);
  onShutdown(logger, [service.stop, async () => location.startedCluster?.stop()]);
}
