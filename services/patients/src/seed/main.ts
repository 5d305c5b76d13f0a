import { commonSettings, readEnvironment, setting } from "@gantry/config/environment";
import { resolveDatabase } from "@gantry/database/database-url";
import { openDatabase } from "@gantry/database/orm";
import { createLogger } from "@gantry/logging/logger";
import { z } from "zod";
import { patientsDataModel } from "../subgraph.ts";
import { seedPatientsDemoData } from "./seed-patients.ts";

// `pnpm seed` loads demo patients into the patients database (PATIENTS_DATABASE_URL or the embedded default).
const env = readEnvironment({
  ...commonSettings,
  GANTRY_EMBEDDED_POSTGRES_PORT: setting.port(5433),
  PATIENTS_DATABASE_URL: setting.optionalUrl(),
  PATIENTS_SEED_COUNT: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  PATIENTS_SEED_TODAY: z.iso.date().default(new Date().toISOString().slice(0, 10)),
});
const location = await resolveDatabase({
  configuredUrl: env.PATIENTS_DATABASE_URL,
  database: patientsDataModel.database,
  dataDir: env.GANTRY_DATA_DIR,
  embeddedPort: env.GANTRY_EMBEDDED_POSTGRES_PORT,
});
const orm = await openDatabase({ url: location.url, entities: patientsDataModel.entities, migrations: patientsDataModel.migrations });
try {
  const started = Date.now();
  const summary = await seedPatientsDemoData(orm, { today: env.PATIENTS_SEED_TODAY, patients: env.PATIENTS_SEED_COUNT });
  createLogger("patients-seed", env.GANTRY_LOG_LEVEL).info({ seconds: (Date.now() - started) / 1000 }, `patients: ${summary}`);
} finally {
  await orm.close();
  await location.startedCluster?.stop();
}
