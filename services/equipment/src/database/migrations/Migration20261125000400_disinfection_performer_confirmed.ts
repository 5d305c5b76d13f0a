import { Migration } from "@mikro-orm/migrations";

/**
 * Whether the staff area knew the person a disinfection names when it was logged. Rows logged
 * before this release were never checked (some name ids the staff directory never had), so they
 * keep false: they stay in the log, but no longer make a probe safe to use.
 */
export class Migration20261125000400DisinfectionPerformerConfirmed extends Migration {
  override name = "Migration20261125000400_disinfection_performer_confirmed";

  override up(): void {
    this.addSql(`alter table probe_disinfection add column performer_confirmed boolean not null default false`);
  }
}
