import type { MigrationObject } from "@gantry/database/orm";
import { Migration20261201184417KpiTarget } from "./migrations/Migration20261201184417_kpi_target.ts";
// pnpm gen module adds its imports above this line.

/** Every migration of the quality database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261201184417_kpi_target", class: Migration20261201184417KpiTarget },
  // pnpm gen module adds its migration above this line.
];
