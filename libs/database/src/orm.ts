import { DefaultLogger, type EntitySchema, type LoggerOptions, type MigrationObject } from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { MikroORM } from "@mikro-orm/postgresql";

export type { MigrationObject };
export type Database = MikroORM;

export interface OpenDatabaseOptions {
  url: string;
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

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { onQuery } = options;
  const orm = await MikroORM.init({
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
  await orm.migrator.up();
  return orm;
}
