import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { RecordKeeping } from "../record-keeping/record-keeping.ts";
import { Consent } from "./consent.entity.ts";
import { recordConsentInput, revocationReason } from "./consent.input.ts";
import type { ConsentLoaders } from "./consent.loader.ts";
import type { ConsentStore } from "./consent.store.ts";

export class ConsentManager {
  private readonly records: RecordKeeping;
  private readonly store: ConsentStore;
  private readonly loaders: ConsentLoaders;

  constructor(records: RecordKeeping, store: ConsentStore, loaders: ConsentLoaders) {
    this.records = records;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<Consent[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  async record(rawInput: unknown): Promise<Consent> {
    this.records.require("recordConsent", "Recording a consent");
    const input = parseInput(recordConsentInput, rawInput);
    const patient = await this.records.writablePatient(input.patientId);
    const actor = this.records.actor;
    const consent = this.records.context.em.create(Consent, {
      id: crypto.randomUUID(),
      patientId: patient.id,
      kind: input.kind,
      status: input.status ?? "active",
      orderReference: input.orderReference ?? null,
      signedAt: input.signedAt ?? null,
      signerName: input.signedBy?.name ?? null,
      signerRelationship: input.signedBy?.relationship ?? null,
      recordedAt: new Date(),
      recordedBySubject: actor.subject,
      recordedByName: actor.name,
    } as Consent);
    this.records.audit(patient.id, "create", [`consent:${consent.id}`, "kind", "status", "signedBy"]);
    await this.records.flush();
    return consent;
  }

  async revoke(id: string, rawReason: unknown): Promise<Consent> {
    this.records.require("recordConsent", "Revoking a consent");
    const reason = parseInput(revocationReason, rawReason, "reason");
    const consent = await this.store.findById(id);
    if (!consent) throw notFound("Consent", id);
    if (consent.status !== "active") throw conflict(`Only an active consent can be revoked; this one is ${consent.status}.`);
    const actor = this.records.actor;
    this.records.context.em.assign(consent, {
      status: "revoked",
      revokedAt: new Date(),
      revokedBySubject: actor.subject,
      revokedByName: actor.name,
      revocationReason: reason,
    });
    this.records.audit(consent.patientId, "update", [`consent:${consent.id}`, "status"]);
    await this.records.flush();
    return consent;
  }
}
