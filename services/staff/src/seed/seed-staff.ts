import { insertDemoRows } from "@gantry/demo-data/insert-rows";
import type { MikroORM } from "@mikro-orm/postgresql";
import { buildDemoDepartment, type DemoDepartment } from "./demo-department.ts";

const tables: (keyof DemoDepartment)[] = ["staff_member", "credential", "competency", "continuing_education", "shift"];

/**
 * Loads the demo department (about 150 staff, their credentials, competencies with last year's
 * assessments, CE, and the rota from a year ago to four weeks ahead). Ids are stable, and rows
 * that already exist are left alone, so running it again changes nothing.
 */
export async function seedStaffDemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  const data = buildDemoDepartment(options.today);
  let inserted = 0;
  await orm.em.fork().transactional(async (em) => {
    for (const table of tables) inserted += (await insertDemoRows(em, table, data[table])).length;
  });
  return `${data.staff_member.length} people, ${data.credential.length} credentials, ${data.competency.length} competencies, ${data.continuing_education.length} CE activities, ${data.shift.length} shifts (${inserted} rows new)`;
}
