import { AccessLogEntrySchema } from "../modules/access-log/access-log.entity.ts";
import { PatientSchema } from "../modules/patient/patient.entity.ts";

/** Every entity of the patients database. */
export const entities = [PatientSchema, AccessLogEntrySchema];
