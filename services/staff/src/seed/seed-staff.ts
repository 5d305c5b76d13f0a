import type { MikroORM } from "@mikro-orm/postgresql";
import { buildDemoDepartment, type DemoDepartment, type Row } from "./demo-department.ts";

const batchSize = 200;
const tables: (keyof DemoDepartment)[] = ["staff_member", "credential", "competency", "continuing_education", "shift"];

/**
 * Loads the demo department (about 150 staff, their credentials, competencies, CE and two weeks of
 * shifts around `today`). Ids are stable, and rows that already exist are left alone, so running
 * it again changes nothing.
 */
export async function seedStaffDemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  const data = buildDemoDepartment(options.today);
  const inserted: Record<string, number> = {};
  await orm.em.fork().transactional(async (em) => {
    for (const table of tables) {
      inserted[table] = 0;
      const rows = data[table];
      for (let start = 0; start < rows.length; start += batchSize) {
        const result = await em.execute(
          insertStatement(table, rows.slice(start, start + batchSize)),
          insertParams(rows.slice(start, start + batchSize)),
          "run",
        );
        inserted[table] += Number((result as { affectedRows?: number }).affectedRows ?? 0);
      }
    }
  });
  return `${data.staff_member.length} people, ${data.credential.length} credentials, ${data.competency.length} competencies, ${data.continuing_education.length} CE activities, ${data.shift.length} shifts (${Object.values(inserted).reduce((sum, count) => sum + count, 0)} rows new)`;
}

function insertStatement(table: string, rows: Row[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  // Ids are stable, so a row seeded before is recognised by its id and skipped.
  return `insert into ${table} (${columns.join(", ")}) values ${rows.map(() => placeholders).join(", ")} on conflict (id) do nothing`;
}

function insertParams(rows: Row[]): (string | number | boolean | null)[] {
  return rows.flatMap((row) => Object.values(row));
}
