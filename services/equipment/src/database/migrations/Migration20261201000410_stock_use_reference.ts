import { Migration } from "@mikro-orm/migrations";

/**
 * A stock movement may carry the caller's reference (the exam a contrast dose was given for): the
 * same reference again answers the first movement instead of taking stock twice, so a retried
 * request is safe. Unique; NULLs (movements without a reference) do not collide.
 */
export class Migration20261201000410StockUseReference extends Migration {
  override name = "Migration20261201000410_stock_use_reference";

  override up(): void {
    this.addSql(`alter table stock_movement add column reference varchar(200) null`);
    this.addSql(`alter table stock_movement add constraint stock_movement_reference_unique unique (reference)`);
  }
}
