import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { RecordKeeping } from "../record-keeping/record-keeping.ts";
import { PriorStudyRequest } from "./prior-study-request.entity.ts";
import { closingInput, receiptInput, requestPriorStudiesInput } from "./prior-study-request.input.ts";
import type { PriorStudyRequestLoaders } from "./prior-study-request.loader.ts";
import type { PriorStudyRequestStore } from "./prior-study-request.store.ts";

export class PriorStudyRequestManager {
  private readonly records: RecordKeeping;
  private readonly store: PriorStudyRequestStore;
  private readonly loaders: PriorStudyRequestLoaders;

  constructor(records: RecordKeeping, store: PriorStudyRequestStore, loaders: PriorStudyRequestLoaders) {
    this.records = records;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<PriorStudyRequest[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  async request(rawInput: unknown): Promise<PriorStudyRequest> {
    this.records.require("requestPriorStudies", "Requesting prior studies");
    const input = parseInput(requestPriorStudiesInput, rawInput);
    const patient = await this.records.writablePatient(input.patientId);
    const actor = this.records.actor;
    const request = this.records.context.em.create(PriorStudyRequest, {
      id: crypto.randomUUID(),
      patientId: patient.id,
      facility: input.facility,
      studiesDescription: input.studiesDescription,
      status: "requested",
      requestedAt: new Date(),
      requestedBySubject: actor.subject,
      requestedByName: actor.name,
    } as PriorStudyRequest);
    this.records.audit(patient.id, "create", [`priorStudyRequest:${request.id}`, "facility", "studiesDescription"]);
    await this.records.flush();
    return request;
  }

  async markReceived(id: string, rawReceipt: unknown): Promise<PriorStudyRequest> {
    this.records.require("requestPriorStudies", "Recording received prior studies");
    const receipt = parseInput(receiptInput, rawReceipt, "arguments");
    const request = await this.pendingOrFail(id);
    const receivedAt = receipt.receivedAt ?? new Date();
    if (receivedAt < request.requestedAt)
      throw badUserInput("The studies cannot have been received before they were requested.", [
        { field: "receivedAt", message: "before the request" },
      ]);
    const actor = this.records.actor;
    this.records.context.em.assign(request, {
      status: "received",
      receivedAt,
      receivedBySubject: actor.subject,
      receivedByName: actor.name,
      ...(receipt.note ? { note: receipt.note } : {}),
    });
    this.records.audit(request.patientId, "update", [`priorStudyRequest:${request.id}`, "status"]);
    await this.records.flush();
    return request;
  }

  async close(id: string, rawClosing: unknown): Promise<PriorStudyRequest> {
    this.records.require("requestPriorStudies", "Closing a prior-study request");
    const closing = parseInput(closingInput, rawClosing, "arguments");
    const request = await this.pendingOrFail(id);
    this.records.context.em.assign(request, { status: closing.status, ...(closing.note ? { note: closing.note } : {}) });
    this.records.audit(request.patientId, "update", [`priorStudyRequest:${request.id}`, "status"]);
    await this.records.flush();
    return request;
  }

  private async pendingOrFail(id: string): Promise<PriorStudyRequest> {
    const request = await this.store.findById(id);
    if (!request) throw notFound("PriorStudyRequest", id);
    if (request.status !== "requested") throw conflict(`This request is already ${request.status}.`);
    return request;
  }
}
