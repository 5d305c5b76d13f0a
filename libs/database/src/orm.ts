import { DefaultLogger, type EntitySchema, type LoggerOptions, type MigrationObject } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { MikroORM } from "@mikro-orm/postgresql";
import { roleOf, runtimeGrants } from "./roles.ts";

export type { MigrationObject };
export type Database = MikroORM;

export interface OpenDatabaseOptions {
  /** What requests connect as. */
  url: string;
  /**
   * The tables' owner, who applies the migrations and grants the runtime role (the user of `url`)
   * its row access. Without it, `url` migrates and owns the tables itself.
   */
  migrationUrl?: string;
  entities: EntitySchema[];
  /** The service's committed migrations, oldest first. Applied at open; the schema is never synced. */
  migrations: MigrationObject[];
  poolSize?: number;
  /** Sees every SQL statement; used by tests that count queries. */
  onQuery?: (sql: string) => void;
}

/** Passes each SQL statement to an observer instead of printing it. */
class QueryObserverLogger extends DefaultLogger {
  readonly #observe: (sql: string) => void;
  constructor(options: LoggerOptions, observe: (sql: string) => void) {
    super({ ...options, writer: () => undefined });
    this.#observe = observe;
  }
  override logQuery(context: { query: string }): void {
    this.#observe(context.query);
  }
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Applies the migrations as the owner, then lets the runtime role (the user of `options.url`) read and write rows. */
async function migrateAsOwner(options: OpenDatabaseOptions & { migrationUrl: string }): Promise<void> {
  const owner = await initOrm({ url: options.migrationUrl, entities: options.entities, migrations: options.migrations, poolSize: 1 });
  try {
    await owner.migrator.up();
    const connection = owner.em.fork().getConnection();
    for (const statement of runtimeGrants(roleOf(options.url), databaseOf(options.url))) await connection.execute(statement);
  } finally {
    await owner.close();
  }
}

/**
 * Opens a service's database: applies its committed migrations (as the owner when one is
 * configured), then connects the request pool.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { migrationUrl } = options;
  if (migrationUrl && roleOf(migrationUrl) !== roleOf(options.url)) {
    await migrateAsOwner({ ...options, migrationUrl });
    const orm = await initOrm(options);
    // Connect now: a wrong password or a missing grant should stop the start, not the first request.
    await orm.connect();
    return orm;
  }
  const orm = await initOrm(options);
  await orm.migrator.up();
  return orm;
}

async function initOrm(options: OpenDatabaseOptions): Promise<Database> {
  const { onQuery } = options;
  return MikroORM.init({
    clientUrl: options.url,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Every request forks its own EntityManager; touching the global one is a bug.
    allowGlobalContext: false,
    debug: onQuery ? ["query"] : false,
    ...(onQuery ? { loggerFactory: (loggerOptions: LoggerOptions) => new QueryObserverLogger(loggerOptions, onQuery) } : {}),
  });
}
