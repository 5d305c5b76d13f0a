import { Migration } from "@mikro-orm/migrations";

/** A staff record may name the sign-in account (the identity provider's subject) of its person: "my worklist", "my shifts". */
export class Migration20261201000300SignInAccount extends Migration {
  override name = "Migration20261201000300_sign_in_account";

  override up(): void {
    this.addSql(`alter table staff_member add column sign_in_subject varchar(200) null`);
    this.addSql(`alter table staff_member add constraint staff_member_sign_in_subject_unique unique (sign_in_subject)`);
  }
}
