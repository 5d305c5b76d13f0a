import type { MigrationObject } from "@gantry/database/orm";
import { {{note.migrationClass}} } from "./migrations/{{note.migrationName}}.ts";
// pnpm gen module adds its imports above this line.

/** Every migration of the {{area.phrase}} database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "{{note.migrationName}}", class: {{note.migrationClass}} },
  // pnpm gen module adds its migration above this line.
];
