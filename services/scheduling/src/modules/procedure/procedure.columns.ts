import type { Procedure } from "./procedure.entity.ts";
import type { AddProcedureInput, UpdateProcedureInput } from "./procedure.input.ts";

/** What a person sets on a procedure; ids, who-did-it and retirement are the manager's. */
export type ProcedureColumns = Pick<
  Procedure,
  | "code"
  | "cptCode"
  | "name"
  | "modality"
  | "bodyPart"
  | "lateralityRequired"
  | "defaultMinutes"
  | "preparation"
  | "contrast"
  | "contrastAgent"
  | "screenings"
  | "consentRequired"
  | "priorAuthRequired"
  | "workloadWeight"
  | "reportDueRoutineHours"
  | "reportDueUrgentHours"
  | "reportDueAsapHours"
  | "reportDueStatHours"
  | "procedureGroup"
>;

/** The report-due hours as GraphQL groups them, spread over the table's four columns. */
function reportDueColumns(due: AddProcedureInput["reportDueHours"]) {
  return {
    reportDueRoutineHours: due.routine,
    reportDueUrgentHours: due.urgent,
    reportDueAsapHours: due.asap,
    reportDueStatHours: due.stat,
  };
}

/** Only the fields present: an edit that leaves a field out must not write undefined over it. */
function presentOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function newProcedureColumns(input: AddProcedureInput): ProcedureColumns {
  const { reportDueHours, ...fields } = input;
  return {
    ...fields,
    cptCode: fields.cptCode ?? null,
    preparation: fields.preparation ?? null,
    contrastAgent: fields.contrastAgent ?? null,
    procedureGroup: fields.procedureGroup ?? null,
    ...reportDueColumns(reportDueHours),
  };
}

export function changedColumns(input: UpdateProcedureInput): Partial<ProcedureColumns> {
  const { reportDueHours, ...fields } = input;
  return { ...presentOnly(fields), ...(reportDueHours ? reportDueColumns(reportDueHours) : {}) };
}

/** The fields the rules between fields read, as the procedure will be saved. */
export function mergedForRules(procedure: Procedure, changes: Partial<ProcedureColumns>) {
  return {
    modality: changes.modality ?? procedure.modality,
    contrast: changes.contrast ?? procedure.contrast,
    // null is a change here (clearing the agent), so only absent falls back.
    contrastAgent: changes.contrastAgent !== undefined ? changes.contrastAgent : (procedure.contrastAgent ?? null),
    screenings: changes.screenings ?? procedure.screenings,
  };
}
