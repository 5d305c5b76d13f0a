import { createHmac } from "node:crypto";
import pg from "pg";

/**
 * A service reaches its database through two roles. The owner (who created the tables) runs the
 * migrations at start; requests run as a login role that owns nothing, is no superuser and so
 * cannot drop a table, disable the append-only triggers of the audit trails or switch replication
 * mode to skip them. Whatever a request's code does, the access log stays append-only.
 */
export interface DatabaseAccess {
  /** What requests connect as. */
  url: string;
  /** The owner, for migrations; when absent, `url` runs them too (and owns the tables). */
  migrationUrl?: string;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/** The runtime role of a database on a server Gantry provisions itself (the embedded default, tests). */
export function appRoleOf(database: string): string {
  return `${database}_app`;
}

function quoted(name: string): string {
  if (!identifier.test(name)) throw new Error(`Unsafe role or database name: ${name}`);
  return `"${name}"`;
}

/**
 * Creates (or updates) the runtime role of `database`, connecting as the server's owner at
 * `ownerUrl`, and returns the role's URL. Used where Gantry provisions its own server; a hospital's
 * DBA creates the role instead and configures both URLs.
 */
export async function ensureAppRole(ownerUrl: string, database: string): Promise<DatabaseAccess> {
  const role = appRoleOf(database);
  // Derived from the owner's password, so every process that provisions gets the same one and a
  // second provisioning never locks out the connections of a service already running. Whoever
  // knows it already holds the owner's password.
  const password = createHmac("sha256", decodeURIComponent(new URL(ownerUrl).password))
    .update(role)
    .digest("base64url");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_roles where rolname = $1", [role]);
    const verb = existing.rowCount === 0 ? "create" : "alter";
    // Passwords cannot be bound as parameters in DDL; this one is base64url, so it needs no escaping.
    await client.query(`${verb} role ${quoted(role)} login nosuperuser nocreatedb nocreaterole nobypassrls password '${password}'`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  const migrationUrl = new URL(ownerUrl);
  migrationUrl.pathname = `/${database}`;
  return { url: url.toString(), migrationUrl: migrationUrl.toString() };
}

/** The role a URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Run as the owner after migrations: the runtime role may read and write rows, use sequences and
 * nothing else (no DDL, no TRUNCATE, no ownership). Applied to tables and sequences created later too.
 */
export function runtimeGrants(role: string, database: string): string[] {
  const r = quoted(role);
  return [
    `grant connect on database ${quoted(database)} to ${r}`,
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select, update on all sequences in schema public to ${r}`,
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges in schema public grant usage, select, update on sequences to ${r}`,
    // Which migrations ran is the owner's business alone.
    `revoke all on table mikro_orm_migrations from ${r}`,
    ...jobQueueGrants(role),
  ];
}

/** graphile-worker's schema, where each subgraph keeps its event deliveries' job queue. */
const jobQueueSchema = "graphile_worker";

/**
 * The runtime role queues jobs (`add_job` inside a request's transaction) and runs the area's
 * worker, so it may use graphile-worker's functions and read and write its rows; creating or
 * altering the schema stays with the owner, who migrates it at start. graphile-worker turns on
 * row-level security (with no policy) so that only its owner sees the queue; the runtime role,
 * which cannot bypass it, gets a policy of its own on each such table. A database without that
 * schema (nothing queues jobs there) gets nothing.
 */
function jobQueueGrants(role: string): string[] {
  const schema = quoted(jobQueueSchema);
  const r = quoted(role);
  const grants = [
    `grant usage on schema ${schema} to ${r}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${r}`,
    `grant usage, select, update on all sequences in schema ${schema} to ${r}`,
    `grant execute on all functions in schema ${schema} to ${r}`,
    // Which of its migrations ran is the owner's business, as for the area's own.
    `revoke insert, update, delete on table ${schema}.migrations from ${r}`,
  ];
  // Names were checked by quoted() above, so they can stand in the block's literals.
  return [
    `do $grants$
    declare
      queue_table record;
    begin
      if not exists (select 1 from pg_namespace where nspname = '${jobQueueSchema}') then
        return;
      end if;
      ${grants.map((grant) => `execute '${grant}';`).join("\n      ")}
      for queue_table in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = '${jobQueueSchema}' and c.relkind = 'r' and c.relrowsecurity
      loop
        if not exists (
          select 1 from pg_policies
          where schemaname = '${jobQueueSchema}' and tablename = queue_table.relname and policyname = '${role}_runtime'
        ) then
          execute format('create policy %I on %I.%I to %I using (true) with check (true)',
            '${role}_runtime', '${jobQueueSchema}', queue_table.relname, '${role}');
        end if;
      end loop;
    end $grants$`,
  ];
}
