import type { MigrationObject } from "@gantry/database/orm";
import { Migration20261123000100Patients } from "./migrations/Migration20261123000100_patients.ts";
import { Migration20261123000200PatientRecords } from "./migrations/Migration20261123000200_patient_records.ts";
import { Migration20261124000100AccessLogPaging } from "./migrations/Migration20261124000100_access_log_paging.ts";
import { Migration20261201000100Events } from "./migrations/Migration20261201000100_events.ts";

/** Every migration of the patients database, oldest first. Add new ones at the end; never edit a released one. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261123000100_patients", class: Migration20261123000100Patients },
  { name: "Migration20261123000200_patient_records", class: Migration20261123000200PatientRecords },
  { name: "Migration20261124000100_access_log_paging", class: Migration20261124000100AccessLogPaging },
  { name: "Migration20261201000100_events", class: Migration20261201000100Events },
];
