import path from "node:path";
import { canConnect, ensureDatabase, startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres.ts";
import { ensureAppRole, type DatabaseAccess } from "./roles.ts";

export interface DatabaseLocation extends DatabaseAccess {
  /** Set when this process started the embedded server and must stop it on shutdown. */
  startedCluster?: EmbeddedCluster;
}

export interface ResolveDatabaseOptions {
  /** The service's configured URL (e.g. PATIENTS_DATABASE_URL); wins when set. */
  configuredUrl: string | undefined;
  /** The tables' owner for migrations (e.g. PATIENTS_MIGRATION_DATABASE_URL), with a configured URL. */
  configuredMigrationUrl?: string | undefined;
  /** The service's own database on the embedded server. */
  database: string;
  dataDir: string;
  embeddedPort: number;
}

/**
 * A configured URL names a real server. Without one, the service uses the embedded default:
 * the cluster under the data folder, started here unless another Gantry process already has, with
 * the database's own runtime role (see roles.ts).
 */
export async function resolveDatabase(options: ResolveDatabaseOptions): Promise<DatabaseLocation> {
  if (options.configuredUrl)
    return options.configuredMigrationUrl
      ? { url: options.configuredUrl, migrationUrl: options.configuredMigrationUrl }
      : { url: options.configuredUrl };
  const serverUrl = `postgres://gantry:gantry@127.0.0.1:${options.embeddedPort}/postgres`;
  let startedCluster: EmbeddedCluster | undefined;
  if (!(await canConnect(serverUrl))) {
    startedCluster = await startEmbeddedPostgres({
      dataDir: path.join(options.dataDir, "postgres"),
      port: options.embeddedPort,
    });
  }
  await ensureDatabase(serverUrl, options.database);
  const access = await ensureAppRole(serverUrl, options.database);
  return startedCluster ? { ...access, startedCluster } : access;
}
