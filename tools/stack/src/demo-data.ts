import type { Area } from "@gantry/areas/areas";
import { openDatabase } from "@gantry/database/orm";

/** Seeds each area's own database (migrations first); areas with data already are left alone. */
export async function seedAreas(
  areas: Area[],
  databaseUrls: Record<string, string>,
  options: { today: string; patients: number },
): Promise<string[]> {
  const summaries: string[] = [];
  for (const area of areas) {
    if (!area.seedDemoData) continue;
    const url = databaseUrls[area.definition.name];
    if (!url) continue;
    const orm = await openDatabase({ url, entities: area.dataModel.entities, migrations: area.dataModel.migrations });
    try {
      summaries.push(`${area.definition.name}: ${await area.seedDemoData(orm, options)}`);
    } finally {
      await orm.close();
    }
  }
  return summaries;
}
