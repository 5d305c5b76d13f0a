import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { PatientManager } from "../patient/patient.manager.ts";
import type { RecordKeeping } from "../record-keeping/record-keeping.ts";
import { PriorAuthorization, type PriorAuthorizationStatus } from "./prior-authorization.entity.ts";
import {
  priorAuthorizationDecisionInput,
  priorAuthorizationQuestion,
  requestPriorAuthorizationInput,
} from "./prior-authorization.input.ts";
import type { PriorAuthorizationLoaders } from "./prior-authorization.loader.ts";
import type { PriorAuthorizationStore } from "./prior-authorization.store.ts";

/** Which decisions may follow which state: a payer answers a request once; an approval can lapse. */
const allowedDecisions: Record<PriorAuthorizationStatus, readonly PriorAuthorizationStatus[]> = {
  requested: ["approved", "denied", "expired"],
  approved: ["expired"],
  denied: [],
  expired: [],
};

export class PriorAuthorizationManager {
  private readonly records: RecordKeeping;
  private readonly patients: PatientManager;
  private readonly store: PriorAuthorizationStore;
  private readonly loaders: PriorAuthorizationLoaders;

  constructor(records: RecordKeeping, patients: PatientManager, store: PriorAuthorizationStore, loaders: PriorAuthorizationLoaders) {
    this.records = records;
    this.patients = patients;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<PriorAuthorization[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  /** The approved, unexpired authorization for (patient, procedure, day), or null. */
  approvedFor(patientId: string, rawQuestion: unknown): Promise<PriorAuthorization | null> {
    const question = parseInput(priorAuthorizationQuestion, rawQuestion, "arguments");
    return this.store.findApproved(patientId, question.procedureCode, question.on);
  }

  async check(patientId: string, rawQuestion: unknown): Promise<{ authorized: boolean; authorization: PriorAuthorization | null }> {
    this.records.require("lookUpPatients", "Checking prior authorization");
    const patient = await this.patients.getOrFail(patientId);
    const authorization = await this.approvedFor(patient.id, rawQuestion);
    this.records.context.phiReads.record(patient.id, "priorAuthorizationCheck");
    return { authorized: authorization !== null, authorization };
  }

  async request(rawInput: unknown): Promise<PriorAuthorization> {
    this.records.require("requestPriorAuthorizations", "Requesting a prior authorization");
    const input = parseInput(requestPriorAuthorizationInput, rawInput);
    const patient = await this.records.writablePatient(input.patientId);
    const open = await this.store.findOpen(patient.id, input.orderReference, input.procedureCode);
    if (open)
      throw conflict(`Order ${input.orderReference} already has a ${open.status} authorization for ${input.procedureCode} (${open.id}).`);
    const actor = this.records.actor;
    const authorization = this.records.context.em.create(PriorAuthorization, {
      id: crypto.randomUUID(),
      patientId: patient.id,
      orderReference: input.orderReference,
      procedureCode: input.procedureCode,
      payerReference: input.payerReference ?? null,
      status: "requested",
      requestedAt: new Date(),
      requestedBySubject: actor.subject,
      requestedByName: actor.name,
    } as PriorAuthorization);
    this.records.audit(patient.id, "create", [`priorAuthorization:${authorization.id}`, "orderReference", "procedureCode"]);
    await this.records.flush();
    return authorization;
  }

  async recordDecision(id: string, rawInput: unknown): Promise<PriorAuthorization> {
    this.records.require("requestPriorAuthorizations", "Recording a prior authorization decision");
    const input = parseInput(priorAuthorizationDecisionInput, rawInput);
    const authorization = await this.store.findById(id);
    if (!authorization) throw notFound("PriorAuthorization", id);
    if (!allowedDecisions[authorization.status].includes(input.status)) {
      throw conflict(`A ${authorization.status} authorization cannot become ${input.status}.`);
    }
    const actor = this.records.actor;
    this.records.context.em.assign(authorization, {
      status: input.status,
      payerReference: input.payerReference ?? authorization.payerReference ?? null,
      ...(input.status === "approved" ? { validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null } : {}),
      decisionNote: input.note,
      decidedAt: new Date(),
      decidedBySubject: actor.subject,
      decidedByName: actor.name,
    });
    this.records.audit(authorization.patientId, "update", [`priorAuthorization:${authorization.id}`, "status"]);
    await this.records.flush();
    return authorization;
  }
}
