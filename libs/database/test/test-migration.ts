import type { MigrationObject } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";

/** A committed migration made of these statements, as a service lists its own. */
export function migrationOf(statements: readonly string[], name = "Migration20260101000000_test"): MigrationObject {
  class TestMigration extends Migration {
    override name = name;
    override up(): void {
      for (const statement of statements) this.addSql(statement);
    }
  }
  return { name, class: TestMigration };
}
