import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { AccessLogStore } from "./modules/access-log/access-log.store.ts";
import { consentLoaders } from "./modules/consent/consent.loader.ts";
import { ConsentManager } from "./modules/consent/consent.manager.ts";
import { ConsentStore } from "./modules/consent/consent.store.ts";
import { coverageLoaders } from "./modules/coverage/coverage.loader.ts";
import { CoverageManager } from "./modules/coverage/coverage.manager.ts";
import { CoverageStore } from "./modules/coverage/coverage.store.ts";
import { patientMergeLoaders } from "./modules/patient-merge/patient-merge.loader.ts";
import { PatientMergeManager } from "./modules/patient-merge/patient-merge.manager.ts";
import { PatientMergeStore } from "./modules/patient-merge/patient-merge.store.ts";
import { patientLoaders } from "./modules/patient/patient.loader.ts";
import { PatientManager } from "./modules/patient/patient.manager.ts";
import { PatientStore } from "./modules/patient/patient.store.ts";
import { priorAuthorizationLoaders } from "./modules/prior-authorization/prior-authorization.loader.ts";
import { PriorAuthorizationManager } from "./modules/prior-authorization/prior-authorization.manager.ts";
import { PriorAuthorizationStore } from "./modules/prior-authorization/prior-authorization.store.ts";
import { priorStudyRequestLoaders } from "./modules/prior-study-request/prior-study-request.loader.ts";
import { PriorStudyRequestManager } from "./modules/prior-study-request/prior-study-request.manager.ts";
import { PriorStudyRequestStore } from "./modules/prior-study-request/prior-study-request.store.ts";
import { RecordKeeping } from "./modules/record-keeping/record-keeping.ts";
import { safetyScreeningLoaders } from "./modules/safety-screening/safety-screening.loader.ts";
import { SafetyScreeningManager } from "./modules/safety-screening/safety-screening.manager.ts";
import { SafetyScreeningStore } from "./modules/safety-screening/safety-screening.store.ts";

/** The patients subgraph's request context: the kit's base plus this area's managers. */
export interface PatientsContext extends SubgraphContext {
  patients: PatientManager;
  accessLog: AccessLogStore;
  coverages: CoverageManager;
  priorAuthorizations: PriorAuthorizationManager;
  safetyScreenings: SafetyScreeningManager;
  consents: ConsentManager;
  priorStudyRequests: PriorStudyRequestManager;
  patientMerges: PatientMergeManager;
  /** Moves a merged duplicate's records (coverages, screenings, ...) to the survivor and writes the merge trail. */
  mergeRecords: (fromPatientId: string, toPatientId: string, reason: string) => Promise<void>;
}

export function patientsContext(base: SubgraphContext): PatientsContext {
  const { em } = base;
  const accessLog = new AccessLogStore(em);
  const store = new PatientStore(em);
  const patients = new PatientManager(base, store, patientLoaders(store), accessLog);
  const records = new RecordKeeping(base, patients, accessLog);
  const coverageStore = new CoverageStore(em);
  const authorizationStore = new PriorAuthorizationStore(em);
  const screeningStore = new SafetyScreeningStore(em);
  const consentStore = new ConsentStore(em);
  const priorStudyStore = new PriorStudyRequestStore(em);
  const mergeStore = new PatientMergeStore(em);
  const patientMerges = new PatientMergeManager(base, mergeStore, patientMergeLoaders(mergeStore));
  return {
    ...base,
    patients,
    accessLog,
    coverages: new CoverageManager(records, coverageStore, coverageLoaders(coverageStore)),
    priorAuthorizations: new PriorAuthorizationManager(
      records,
      patients,
      authorizationStore,
      priorAuthorizationLoaders(authorizationStore),
    ),
    safetyScreenings: new SafetyScreeningManager(records, screeningStore, safetyScreeningLoaders(screeningStore)),
    consents: new ConsentManager(records, consentStore, consentLoaders(consentStore)),
    priorStudyRequests: new PriorStudyRequestManager(records, priorStudyStore, priorStudyRequestLoaders(priorStudyStore)),
    patientMerges,
    mergeRecords: (fromPatientId, toPatientId, reason) => patientMerges.moveRecords(fromPatientId, toPatientId, reason),
  };
}
