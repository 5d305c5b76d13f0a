import { Migration } from "@mikro-orm/migrations";

/**
 * Keyset paging of the PHI access log: newest first on (at, id), with or without a patient or
 * actor filter, each served by one index read backwards. These replace the (…, at desc) indexes,
 * which could not order ties on `at` and so left the page edges to a sort.
 *
 * On a large existing log, create the three indexes beforehand with CREATE INDEX CONCURRENTLY
 * under the same names: this migration then keeps them instead of blocking log writes to build them.
 */
export class Migration20261124000100AccessLogPaging extends Migration {
  override name = "Migration20261124000100_access_log_paging";

  override up(): void {
    this.addSql(`create index if not exists phi_access_log_at_id_idx on phi_access_log (at, id)`);
    this.addSql(`create index if not exists phi_access_log_patient_at_id_idx on phi_access_log (patient_id, at, id)`);
    this.addSql(`create index if not exists phi_access_log_actor_at_id_idx on phi_access_log (actor_subject, at, id)`);
    this.addSql(`drop index if exists phi_access_log_patient_idx`);
    this.addSql(`drop index if exists phi_access_log_actor_idx`);
  }
}
