import type { MigrationObject } from "@gantry/database/orm";
import { Migration20261201000200Scheduling } from "./migrations/Migration20261201000200_scheduling.ts";
import { Migration20261201000210KitTables } from "./migrations/Migration20261201000210_kit_tables.ts";
import { Migration20261201000300ExamDay } from "./migrations/Migration20261201000300_exam_day.ts";
import { Migration20261201000310CriticalResults } from "./migrations/Migration20261201000310_critical_results.ts";
import { Migration20261201000320ContrastGiven } from "./migrations/Migration20261201000320_contrast_given.ts";
import { Migration20261201000330ReservedBlockOverlap } from "./migrations/Migration20261201000330_reserved_block_overlap.ts";
import { Migration20261201000340AdministeredActivity } from "./migrations/Migration20261201000340_administered_activity.ts";
// pnpm gen module adds its imports above this line.

/** Every migration of the scheduling database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261201000200_scheduling", class: Migration20261201000200Scheduling },
  { name: "Migration20261201000210_kit_tables", class: Migration20261201000210KitTables },
  { name: "Migration20261201000300_exam_day", class: Migration20261201000300ExamDay },
  { name: "Migration20261201000310_critical_results", class: Migration20261201000310CriticalResults },
  { name: "Migration20261201000320_contrast_given", class: Migration20261201000320ContrastGiven },
  { name: "Migration20261201000330_reserved_block_overlap", class: Migration20261201000330ReservedBlockOverlap },
  { name: "Migration20261201000340_administered_activity", class: Migration20261201000340AdministeredActivity },
  // pnpm gen module adds its migration above this line.
];
