import { addDays } from "@gantry/calendar/calendar";
import type { MikroORM } from "@mikro-orm/postgresql";
import { seedDemoProcedures } from "./demo-procedures.ts";
import { seedDemoSchedules } from "./demo-schedules.ts";

export { seedSchedulingHistory } from "./history/seed-history.ts";

/**
 * Loads the scheduling area's demo data: the procedure catalogue and the demo scanners' opening
 * hours and reserved blocks. Deterministic and idempotent. Orders and appointments come once every
 * area answers (seedSchedulingHistory), since they must fit the rota, the scanners and the patients.
 */
export async function seedSchedulingDemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  // One transaction: a seed that fails half-way leaves nothing behind to confuse the next run.
  return orm.em.fork().transactional(async (em) => {
    const procedures = await seedDemoProcedures(em);
    const schedules = await seedDemoSchedules(em, options.today, addDays(options.today, -365));
    return `${procedures}; ${schedules}`;
  });
}
