import type { MigrationObject } from "@gantry/database/orm";
import { Migration20261123000400Equipment } from "./migrations/Migration20261123000400_equipment.ts";
import { Migration20261124000400DeviceRetirement } from "./migrations/Migration20261124000400_device_retirement.ts";
import { Migration20261125000400DisinfectionPerformerConfirmed } from "./migrations/Migration20261125000400_disinfection_performer_confirmed.ts";
import { Migration20261201000400MoreModalities } from "./migrations/Migration20261201000400_more_modalities.ts";
import { Migration20261201000410StockUseReference } from "./migrations/Migration20261201000410_stock_use_reference.ts";

/** Every migration of the equipment database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261123000400_equipment", class: Migration20261123000400Equipment },
  { name: "Migration20261124000400_device_retirement", class: Migration20261124000400DeviceRetirement },
  { name: "Migration20261125000400_disinfection_performer_confirmed", class: Migration20261125000400DisinfectionPerformerConfirmed },
  { name: "Migration20261201000400_more_modalities", class: Migration20261201000400MoreModalities },
  { name: "Migration20261201000410_stock_use_reference", class: Migration20261201000410StockUseReference },
];
