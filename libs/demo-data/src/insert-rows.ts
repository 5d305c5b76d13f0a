/** A demo row: column name to value, as PostgreSQL reads it from JSON (a list fills an array or jsonb column). */
export type Row = Record<string, string | number | boolean | null | readonly string[]>;

/** What the inserts need of an EntityManager (MikroORM's `execute`). */
export interface SqlExecutor {
  execute<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/**
 * Inserts demo rows a few thousand at a time, each batch one statement with one JSON parameter
 * (json_populate_recordset reads the values with the table's own column types), so a year of data
 * costs tens of statements, not one per row. Rows whose id was seeded before are skipped, which
 * keeps every seed idempotent. Returns the ids that are new. Columns no row names take their defaults.
 */
export async function insertDemoRows(
  em: SqlExecutor,
  table: string,
  rows: readonly Row[],
  options: { batchSize?: number } = {},
): Promise<string[]> {
  const batchSize = options.batchSize ?? 5000;
  // Every column any row names: a row without one gets null there, so a column some rows leave
  // out must allow it (a column no row names keeps its default).
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const list = columns.join(", ");
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const result = await em.execute<{ id: string | number }[]>(
      `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ?::json)
       on conflict (id) do nothing returning id`,
      [JSON.stringify(rows.slice(start, start + batchSize))],
    );
    for (const row of result) inserted.push(String(row.id));
  }
  return inserted;
}
