import type { MigrationObject } from "@gantry/database/orm";
import { Migration20261123000200Staff } from "./migrations/Migration20261123000200_staff.ts";
import { Migration20261201000200MoreModalities } from "./migrations/Migration20261201000200_more_modalities.ts";
import { Migration20261201000300SignInAccount } from "./migrations/Migration20261201000300_sign_in_account.ts";

/** Every migration of the staff database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261123000200_staff", class: Migration20261123000200Staff },
  { name: "Migration20261201000200_more_modalities", class: Migration20261201000200MoreModalities },
  { name: "Migration20261201000300_sign_in_account", class: Migration20261201000300SignInAccount },
];
