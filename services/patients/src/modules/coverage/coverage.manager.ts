import { notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { RecordKeeping } from "../record-keeping/record-keeping.ts";
import { Coverage } from "./coverage.entity.ts";
import { addCoverageInput, updateCoverageInput, verifyCoverageInput } from "./coverage.input.ts";
import type { CoverageLoaders } from "./coverage.loader.ts";
import type { CoverageStore } from "./coverage.store.ts";

export class CoverageManager {
  private readonly records: RecordKeeping;
  private readonly store: CoverageStore;
  private readonly loaders: CoverageLoaders;

  constructor(records: RecordKeeping, store: CoverageStore, loaders: CoverageLoaders) {
    this.records = records;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<Coverage[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  async add(rawInput: unknown): Promise<Coverage> {
    this.records.require("keepCoverage", "Adding a coverage");
    const input = parseInput(addCoverageInput, rawInput);
    const patient = await this.records.writablePatient(input.patientId);
    const actor = this.records.actor;
    const coverage = this.records.context.em.create(Coverage, {
      id: crypto.randomUUID(),
      patientId: patient.id,
      payer: input.payer,
      memberId: input.memberId,
      groupNumber: input.groupNumber,
      plan: input.plan,
      subscriberRelation: input.subscriberRelation,
      status: input.status ?? "active",
      periodStart: input.period?.start ?? null,
      periodEnd: input.period?.end ?? null,
      recordedBySubject: actor.subject,
      recordedByName: actor.name,
    } as Coverage);
    this.records.audit(patient.id, "create", [`coverage:${coverage.id}`, ...Object.keys(input).filter((key) => key !== "patientId")]);
    await this.records.flush();
    return coverage;
  }

  async update(id: string, rawInput: unknown): Promise<Coverage> {
    this.records.require("keepCoverage", "Editing a coverage");
    const input = parseInput(updateCoverageInput, rawInput);
    const coverage = await this.getOrFail(id);
    const changes: Partial<Coverage> = {};
    if (input.payer !== undefined) changes.payer = input.payer;
    if (input.memberId !== undefined) changes.memberId = input.memberId;
    if (input.groupNumber !== undefined) changes.groupNumber = input.groupNumber;
    if (input.plan !== undefined) changes.plan = input.plan;
    if (input.subscriberRelation !== undefined) changes.subscriberRelation = input.subscriberRelation;
    if (input.status !== undefined) changes.status = input.status;
    if (input.period !== undefined) {
      changes.periodStart = input.period?.start ?? null;
      changes.periodEnd = input.period?.end ?? null;
    }
    this.records.context.em.assign(coverage, changes);
    this.records.audit(coverage.patientId, "update", [`coverage:${coverage.id}`, ...Object.keys(input)]);
    await this.records.flush();
    return coverage;
  }

  async verify(id: string, rawOutcome: unknown, rawNote: unknown): Promise<Coverage> {
    this.records.require("keepCoverage", "Verifying a coverage");
    const input = parseInput(verifyCoverageInput, { outcome: rawOutcome, note: rawNote }, "verification");
    const coverage = await this.getOrFail(id);
    const actor = this.records.actor;
    this.records.context.em.assign(coverage, {
      verificationOutcome: input.outcome,
      verificationNote: input.note,
      verifiedAt: new Date(),
      verifiedBySubject: actor.subject,
      verifiedByName: actor.name,
    });
    this.records.audit(coverage.patientId, "update", [`coverage:${coverage.id}`, "verification"]);
    await this.records.flush();
    return coverage;
  }

  private async getOrFail(id: string): Promise<Coverage> {
    const coverage = await this.store.findById(id);
    if (!coverage) throw notFound("Coverage", id);
    return coverage;
  }
}
