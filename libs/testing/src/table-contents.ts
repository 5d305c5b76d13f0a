import type { Database } from "@gantry/database/orm";

/**
 * What a seed wrote, to compare two databases (or one before and after) table by table: tables must
 * have an `id` column, which orders the rows.
 */

/** One fingerprint per table over every column of every row, in id order (cheap to compare for big tables). */
export async function tableFingerprints(orm: Database, tables: readonly string[]): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await orm.em
      .fork()
      .getConnection()
      .execute<{ print: string }[]>(`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as print from ${table} t`);
    prints[table] = row?.print ?? "";
  }
  return prints;
}

/** Every row of every table, in id order (a failed comparison shows the differing rows). */
export async function tableRows(orm: Database, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await orm.em.fork().getConnection().execute(`select * from ${table} order by id`);
  return rows;
}
