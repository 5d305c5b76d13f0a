import { Migration } from "@mikro-orm/migrations";

/** PET, fluoroscopy and angiography/IR join the kit's modality list: devices may be registered for them. */
export class Migration20261201000400MoreModalities extends Migration {
  override name = "Migration20261201000400_more_modalities";

  override up(): void {
    this.addSql(`alter table device drop constraint device_modality_check`);
    this.addSql(
      `alter table device add constraint device_modality_check check (modality in ('mr', 'ct', 'xr', 'us', 'mg', 'nm', 'pt', 'rf', 'xa'))`,
    );
  }
}
