import { randomUUID } from "node:crypto";
import { loadAreaCode, type Area, type DemoHistoryOptions } from "@gantry/areas/areas";
import { identityFromClaims } from "@gantry/auth/identity";
import { openDatabase } from "@gantry/database/orm";
import type { DatabaseAccess } from "@gantry/database/roles";
import type { Logger } from "@gantry/logging/logger";
import { AreaClient } from "@gantry/subgraph-kit/area-client";

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

/** Who the seeds that read other areas are, in every access log they leave: the demo data loader, as a coordinator. */
const demoSeedIdentity = identityFromClaims({ sub: "gantry-demo-seed", name: "Demo data loader", roles: ["coordinator"] });

/**
 * Runs, once every area answers, the seeds whose data must fit other areas' (a year of bookings
 * fits the rota, the scanners and the patients). Each asks the others through the gateway as the
 * demo data loader, exactly as the area's own rules do, and writes only its own database. A
 * failure is reported and the others go on: Gantry runs without that history.
 */
export async function seedAreasWithOtherAreas(
  areas: Area[],
  databases: Record<string, DatabaseAccess>,
  options: DemoHistoryOptions & { gatewayUrl: string; internalSecret: string; logger: Logger },
): Promise<string[]> {
  const summaries: string[] = [];
  if (!demoSeedIdentity) throw new Error("the demo data loader's identity is not valid");
  for (const area of areas) {
    const access = databases[area.name];
    if (!area.seed?.withOtherAreas || !access) continue;
    const { dataModel, seedWithOtherAreas } = await loadAreaCode(area);
    if (!seedWithOtherAreas) continue;
    const caller = { identity: { ...demoSeedIdentity, requestId: randomUUID() }, purpose: "operations" as const, logger: options.logger };
    // Generous: a seed asks for a month of rota or a hundred patients at a time, not one slot.
    const client = new AreaClient({ gatewayUrl: options.gatewayUrl, timeoutMs: 60_000 }, area.name, options.internalSecret, caller);
    const orm = await openDatabase({ ...access, entities: dataModel.entities, migrations: dataModel.migrations });
    try {
      summaries.push(`${area.name}: ${await seedWithOtherAreas(orm, client, options)}`);
    } catch (error) {
      summaries.push(
        `${area.name}: demo history not loaded (${error instanceof Error ? error.message : String(error)}); Gantry runs without it`,
      );
    } finally {
      await orm.close();
    }
  }
  return summaries;
}
