import { modalities } from "@gantry/subgraph-kit/modality";
import { priorities, type Priority } from "@gantry/subgraph-kit/order-scope";
import { defineEntity, p } from "@mikro-orm/core";

/** Order priorities (FHIR ServiceRequest.priority, the kit's list); each has its own report-due target. */
export { priorities, type Priority };

/** Safety checks a patient must clear before the exam (the patients area records them). */
export const screenings = ["mri-safety", "pregnancy", "renal-function"] as const;
export type Screening = (typeof screenings)[number];

/** How contrast is given; `iv` means intravascular (intravenous or intra-arterial). */
export const contrastRoutes = ["none", "oral", "iv"] as const;
export type ContrastRoute = (typeof contrastRoutes)[number];

/**
 * A procedure of the department's catalogue: what can be ordered and booked. Not PHI. A retired
 * procedure cannot be ordered any more; orders placed before keep it.
 */
export const ProcedureSchema = defineEntity({
  name: "Procedure",
  tableName: "procedure",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    /** The department's own code, e.g. CT-HEAD-WO. */
    code: p.string().length(20).unique(),
    /** CPT or HCPCS code only; CPT descriptors are licensed and never stored. */
    cptCode: p.string().length(5).nullable(),
    name: p.string().length(200),
    modality: p.enum([...modalities]),
    bodyPart: p.string().length(60),
    lateralityRequired: p.boolean(),
    /** Room time on a device with no duration of its own. */
    defaultMinutes: p.integer(),
    /** Instructions for the patient, as sent with the appointment. */
    preparation: p.string().length(2000).nullable(),
    contrast: p.enum([...contrastRoutes]),
    contrastAgent: p.string().length(100).nullable(),
    screenings: p.array<Screening>(),
    consentRequired: p.boolean(),
    priorAuthRequired: p.boolean(),
    /** Relative reading and performing effort (RVU-like), for workload counts. */
    workloadWeight: p.decimal("number").precision(5).scale(2),
    reportDueRoutineHours: p.integer(),
    reportDueUrgentHours: p.integer(),
    reportDueAsapHours: p.integer(),
    reportDueStatHours: p.integer(),
    /** Free code that reserved blocks name (e.g. cardiac-mr). */
    procedureGroup: p.string().length(40).nullable(),
    retiredAt: p.datetime().nullable(),
    retiredBy: p.string().length(200).nullable(),
    retiredReason: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(200),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    updatedBy: p.string().length(200),
  },
});

export class Procedure extends ProcedureSchema.class {
  // Nullable columns are typed as possibly undefined by the ORM; rows always carry null, and the
  // other modules rely on `null` meaning "none".
  declare cptCode: string | null;
  declare preparation: string | null;
  declare contrastAgent: string | null;
  declare procedureGroup: string | null;
  declare retiredAt: Date | null;
  declare retiredBy: string | null;
  declare retiredReason: string | null;
}
ProcedureSchema.setClass(Procedure);

/** The procedure's time on one device, where it differs from the procedure's default. */
export const ProcedureDurationSchema = defineEntity({
  name: "ProcedureDuration",
  tableName: "procedure_duration",
  properties: {
    procedureId: p.uuid().primary(),
    /** The equipment area's Device id (not checked here: a duration for an unknown device is never looked up). */
    deviceId: p.uuid().primary(),
    minutes: p.integer(),
  },
});

export class ProcedureDuration extends ProcedureDurationSchema.class {}
ProcedureDurationSchema.setClass(ProcedureDuration);
