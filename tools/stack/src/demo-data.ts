import { loadAreaCode, type Area } from "@gantry/areas/areas";
import { openDatabase } from "@gantry/database/orm";
import type { DatabaseAccess } from "@gantry/database/roles";

/** Seeds each area's own database (migrations first); areas with data already are left alone. */
export async function seedAreas(
  areas: Area[],
  databases: Record<string, DatabaseAccess>,
  options: { today: string; patients: number },
): Promise<string[]> {
  const summaries: string[] = [];
  for (const area of areas) {
    const access = databases[area.name];
    if (!area.seed || !access) continue;
    // The seed is the area's code, named in its area.json: loaded only when there is seeding to do.
    const { dataModel, seedDemoData } = await loadAreaCode(area);
    if (!seedDemoData) continue;
    const orm = await openDatabase({ ...access, entities: dataModel.entities, migrations: dataModel.migrations });
    try {
      summaries.push(`${area.name}: ${await seedDemoData(orm, options)}`);
    } finally {
      await orm.close();
    }
  }
  return summaries;
}
