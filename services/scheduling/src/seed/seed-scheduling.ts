import type { MikroORM } from "@mikro-orm/postgresql";
import { seedDemoProcedures } from "./demo-procedures.ts";

/** Loads the scheduling area's demo data: deterministic and idempotent. */
export async function seedSchedulingDemoData(orm: MikroORM, _options: { today: string }): Promise<string> {
  // One transaction: a seed that fails half-way leaves nothing behind to confuse the next run.
  return orm.em.fork().transactional(async (em) => {
    const procedures = await seedDemoProcedures(em);
    return procedures;
  });
}
