import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { AccessLogStore } from "./modules/access-log/access-log.store.ts";
import { coverageLoaders } from "./modules/coverage/coverage.loader.ts";
import { CoverageManager } from "./modules/coverage/coverage.manager.ts";
import { CoverageStore } from "./modules/coverage/coverage.store.ts";
import { patientLoaders } from "./modules/patient/patient.loader.ts";
import { PatientManager } from "./modules/patient/patient.manager.ts";
import { PatientStore } from "./modules/patient/patient.store.ts";
import { RecordKeeping } from "./modules/record-keeping/record-keeping.ts";

/** The patients subgraph's request context: the kit's base plus this area's managers. */
export interface PatientsContext extends SubgraphContext {
  patients: PatientManager;
  accessLog: AccessLogStore;
  coverages: CoverageManager;
  /** Moves a merged duplicate's records (coverages, screenings, ...) to the survivor. */
  mergeRecords: (fromPatientId: string, toPatientId: string) => Promise<void>;
}

export function patientsContext(base: SubgraphContext): PatientsContext {
  const accessLog = new AccessLogStore(base.em);
  const store = new PatientStore(base.em);
  const patients = new PatientManager(base, store, patientLoaders(store), accessLog);
  const records = new RecordKeeping(base, patients, accessLog);
  const coverageStore = new CoverageStore(base.em);
  return {
    ...base,
    patients,
    accessLog,
    coverages: new CoverageManager(records, coverageStore, coverageLoaders(coverageStore)),
    mergeRecords: async () => undefined,
  };
}
