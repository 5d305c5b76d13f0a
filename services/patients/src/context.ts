import type { AccessLogContext } from "@gantry/subgraph-kit/access-log/access-log.module";
import type { ConsentManager } from "./modules/consent/consent.manager.ts";
import type { CoverageManager } from "./modules/coverage/coverage.manager.ts";
import type { PatientMergeManager } from "./modules/patient-merge/patient-merge.manager.ts";
import type { PatientManager } from "./modules/patient/patient.manager.ts";
import type { PriorAuthorizationManager } from "./modules/prior-authorization/prior-authorization.manager.ts";
import type { PriorStudyRequestManager } from "./modules/prior-study-request/prior-study-request.manager.ts";
import type { RecordKeeping } from "./modules/record-keeping/record-keeping.ts";
import type { SafetyScreeningManager } from "./modules/safety-screening/safety-screening.manager.ts";

/** The patients subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface PatientsContext extends AccessLogContext {
  patients: PatientManager;
  /** The permission check, writable patient and audit every record's manager shares. */
  records: RecordKeeping;
  coverages: CoverageManager;
  priorAuthorizations: PriorAuthorizationManager;
  safetyScreenings: SafetyScreeningManager;
  consents: ConsentManager;
  priorStudyRequests: PriorStudyRequestManager;
  patientMerges: PatientMergeManager;
  /** Moves a merged duplicate's records (coverages, screenings, ...) to the survivor and writes the merge trail. */
  mergeRecords: (fromPatientId: string, toPatientId: string, reason: string) => Promise<void>;
}
