import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { AccessLogStore } from "./modules/access-log/access-log.store.ts";
import { patientLoaders } from "./modules/patient/patient.loader.ts";
import { PatientManager } from "./modules/patient/patient.manager.ts";
import { PatientStore } from "./modules/patient/patient.store.ts";

/** The patients subgraph's request context: the kit's base plus this area's managers. */
export interface PatientsContext extends SubgraphContext {
  patients: PatientManager;
  accessLog: AccessLogStore;
  /** Moves a merged duplicate's records (coverages, screenings, ...) to the survivor. */
  mergeRecords: (fromPatientId: string, toPatientId: string) => Promise<void>;
}

export function patientsContext(base: SubgraphContext): PatientsContext {
  const accessLog = new AccessLogStore(base.em);
  const store = new PatientStore(base.em);
  const patients = new PatientManager(base, store, patientLoaders(store), accessLog);
  return {
    ...base,
    patients,
    accessLog,
    mergeRecords: async () => undefined,
  };
}
