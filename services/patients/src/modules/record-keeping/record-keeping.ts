import type { Identity } from "@gantry/auth/identity";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { conflict } from "@gantry/subgraph-kit/errors";
import { requirePatientsPermission } from "../../access.ts";
import type { PatientsAction } from "../../permissions.ts";
import type { AccessLogStore } from "@gantry/subgraph-kit/access-log/access-log.store";
import type { Patient } from "../patient/patient.entity.ts";
import type { PatientManager } from "../patient/patient.manager.ts";

export interface Actor {
  subject: string;
  name: string;
}

export function actorOf(identity: Identity): Actor {
  return { subject: identity.subject, name: identity.name };
}

/** An optional who-column pair as the API's Actor, or null when nobody has done it yet. */
export function optionalActor(subject: string | null | undefined, name: string | null | undefined): Actor | null {
  return subject && name ? { subject, name } : null;
}

/** The date part of an instant, as the Date scalar writes it. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * What every manager of a patient's records needs: the permission check, which patient is writable,
 * and an access-log entry committed with each change.
 */
export class RecordKeeping {
  readonly context: SubgraphContext;
  private readonly patients: PatientManager;
  private readonly accessLog: AccessLogStore;

  constructor(context: SubgraphContext, patients: PatientManager, accessLog: AccessLogStore) {
    this.context = context;
    this.patients = patients;
    this.accessLog = accessLog;
  }

  get actor(): Actor {
    return actorOf(this.context.identity);
  }

  /** The area's one check (role and PHI scope, as the catalogue says), for the caller of this request. */
  require(action: PatientsAction, operation: string): void {
    requirePatientsPermission(this.context.identity, action, operation);
  }

  /** The patient a new record is filed under; a merged duplicate takes no new records. */
  async writablePatient(patientId: string): Promise<Patient> {
    const patient = await this.patients.getOrFail(patientId);
    if (patient.mergedIntoId)
      throw conflict(`Patient ${patient.mrn} was merged into another record; file this under the surviving record.`);
    return patient;
  }

  audit(patientId: string, action: "create" | "update", fields: string[]): void {
    const { identity, requestId, purpose } = this.context;
    this.accessLog.recordWrite({ identity, requestId, purpose, patientId, action, fields });
  }

  flush(): Promise<void> {
    return this.context.em.flush();
  }
}

/** Sorts rows fetched for a batch of patients back into one list per requested patient, in request order. */
export function groupByPatient<TRow extends { patientId: string }>(patientIds: readonly string[], rows: TRow[]): TRow[][] {
  const byPatient = new Map<string, TRow[]>();
  for (const row of rows) {
    const list = byPatient.get(row.patientId);
    if (list) list.push(row);
    else byPatient.set(row.patientId, [row]);
  }
  return patientIds.map((patientId) => byPatient.get(patientId) ?? []);
}
