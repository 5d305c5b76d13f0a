import { Migration } from "@mikro-orm/migrations";

/** The {{table}} table of the {{mod.phrase}} module ({{mod.kebab}}.entity.ts). Released migrations are never edited: add a new one. */
export class {{migrationClass}} extends Migration {
  override name = "{{migrationName}}";

  override up(): void {
    this.addSql(`
      create table {{table}} (
        id uuid primary key,
        text varchar(2000) not null,
        created_by varchar(200) not null,
        created_at timestamptz not null
      )`);
    // The list reads newest first.
    this.addSql(`create index {{table}}_created_at_idx on {{table}} (created_at desc, id desc)`);
  }
}
