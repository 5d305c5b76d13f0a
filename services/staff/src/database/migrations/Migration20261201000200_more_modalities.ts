import { Migration } from "@mikro-orm/migrations";

const nineModalities = `('mr', 'ct', 'xr', 'us', 'mg', 'nm', 'pt', 'rf', 'xa')`;

/** PET, fluoroscopy and angiography/IR join the kit's modality list: shifts and competencies may name them. */
export class Migration20261201000200MoreModalities extends Migration {
  override name = "Migration20261201000200_more_modalities";

  override up(): void {
    for (const table of ["shift", "competency"]) {
      this.addSql(`alter table ${table} drop constraint ${table}_modality_check`);
      this.addSql(`alter table ${table} add constraint ${table}_modality_check check (modality in ${nineModalities})`);
    }
  }
}
