import { AccessLogEntrySchema } from "../modules/access-log/access-log.entity.ts";
import { ConsentSchema } from "../modules/consent/consent.entity.ts";
import { CoverageSchema } from "../modules/coverage/coverage.entity.ts";
import { PatientMergeSchema } from "../modules/patient-merge/patient-merge.entity.ts";
import { PatientSchema } from "../modules/patient/patient.entity.ts";
import { PriorAuthorizationSchema } from "../modules/prior-authorization/prior-authorization.entity.ts";
import { PriorStudyRequestSchema } from "../modules/prior-study-request/prior-study-request.entity.ts";
import { SafetyScreeningSchema } from "../modules/safety-screening/safety-screening.entity.ts";

/** Every entity of the patients database. */
export const entities = [
  PatientSchema,
  AccessLogEntrySchema,
  CoverageSchema,
  PriorAuthorizationSchema,
  SafetyScreeningSchema,
  ConsentSchema,
  PriorStudyRequestSchema,
  PatientMergeSchema,
];
