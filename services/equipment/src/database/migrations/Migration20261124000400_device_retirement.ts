import { Migration } from "@mikro-orm/migrations";

/**
 * Keeps why, when and by whom a device was retired. Devices retired before this release keep
 * null here: the register never recorded it, and inventing a date would mislead an audit.
 */
export class Migration20261124000400DeviceRetirement extends Migration {
  override name = "Migration20261124000400_device_retirement";

  override up(): void {
    this.addSql(`
      alter table device
        add column retired_at timestamptz null,
        add column retired_by varchar(200) null,
        add column retired_reason varchar(300) null,
        add constraint device_retirement_only_when_retired check (retired_at is null or status = 'retired'),
        add constraint device_retirement_has_who_and_when check ((retired_at is null) = (retired_by is null)),
        add constraint device_retirement_reason_with_date check (retired_reason is null or retired_at is not null)`);
  }
}
