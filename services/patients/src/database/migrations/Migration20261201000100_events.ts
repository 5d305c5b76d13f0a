import { eventTablesV1 } from "@gantry/subgraph-kit/events/event-tables";
import { Migration } from "@mikro-orm/migrations";

/** The kit's event tables: the outbox patients publishes `patient.merged` through, deliveries and the inbox. */
export class Migration20261201000100Events extends Migration {
  override name = "Migration20261201000100_events";

  override up(): void {
    for (const statement of eventTablesV1) this.addSql(statement);
  }
}
