import type { Area } from "@gantry/areas/areas";
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
    if (!area.seedDemoData) continue;
    const access = databases[area.definition.name];
    if (!access) continue;
    const orm = await openDatabase({ ...access, entities: area.dataModel.entities, migrations: area.dataModel.migrations });
    try {
      summaries.push(`${area.definition.name}: ${await area.seedDemoData(orm, options)}`);
    } finally {
      await orm.close();
    }
  }
  return summaries;
}
