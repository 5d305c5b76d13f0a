import { Migration } from "@mikro-orm/migrations";

/** Nuclear medicine and PET: the radiopharmaceutical and the activity given (MBq), when, and who recorded it. */
export class Migration20261201000340AdministeredActivity extends Migration {
  override name = "Migration20261201000340_administered_activity";

  override up(): void {
    this.addSql(`
      alter table appointment
        add column radiopharmaceutical varchar(100) null,
        add column administered_activity_mbq double precision null check (administered_activity_mbq > 0 and administered_activity_mbq <= 20000),
        add column activity_administered_at timestamptz null,
        add column activity_recorded_by varchar(200) null,
        add constraint appointment_activity check (
          (radiopharmaceutical is null) = (administered_activity_mbq is null)
          and (administered_activity_mbq is null) = (activity_administered_at is null)
          and (activity_administered_at is null) = (activity_recorded_by is null))`);
  }
}
