import { accessLogTablesV1 } from "@gantry/subgraph-kit/access-log/access-log.tables";
import { eventTablesV1 } from "@gantry/subgraph-kit/events/event-tables";
import { Migration } from "@mikro-orm/migrations";

/** The kit's tables: the PHI access log (orders and appointments are PHI) and the event outbox and inbox. */
export class Migration20261201000210KitTables extends Migration {
  override name = "Migration20261201000210_kit_tables";

  override up(): void {
    for (const statement of [...accessLogTablesV1, ...eventTablesV1]) this.addSql(statement);
  }
}
