import { Migration } from "@mikro-orm/migrations";

/** The contrast given during an exam: agent, the equipment area's lot, the units taken from stock, and the stock movement. */
export class Migration20261201000320ContrastGiven extends Migration {
  override name = "Migration20261201000320_contrast_given";

  override up(): void {
    this.addSql(`
      alter table appointment
        add column contrast_agent varchar(200) null,
        add column contrast_lot_id uuid null,
        add column contrast_quantity integer null check (contrast_quantity > 0),
        add column contrast_stock_movement_id uuid null,
        add column contrast_recorded_at timestamptz null,
        add column contrast_recorded_by varchar(200) null,
        add constraint appointment_contrast check (
          (contrast_lot_id is null) = (contrast_quantity is null)
          and (contrast_lot_id is null) = (contrast_stock_movement_id is null)
          and (contrast_lot_id is null) = (contrast_recorded_at is null))`);
  }
}
