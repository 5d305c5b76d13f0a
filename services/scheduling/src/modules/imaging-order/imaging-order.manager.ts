import { randomUUID } from "node:crypto";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { withinTransaction } from "@gantry/subgraph-kit/transaction";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import { requireActivePatient } from "../federation/patient-record.ts";
import { ImagingOrder, openOrderStatuses } from "./imaging-order.entity.ts";
import {
  holdOrderInput,
  orderIdInput,
  orderQueueInput,
  placeOrderInput,
  priorAuthOverrideInput,
  revokeOrderInput,
  triageOrderInput,
} from "./imaging-order.input.ts";
import type { ImagingOrderLoaders } from "./imaging-order.loader.ts";
import type { ImagingOrderStore } from "./imaging-order.store.ts";

/** The rules of imaging orders: who may place and triage them, and which changes each state allows. */
export class ImagingOrderManager {
  private readonly context: SchedulingContext;
  private readonly store: ImagingOrderStore;
  private readonly loaders: ImagingOrderLoaders;

  constructor(context: SchedulingContext, store: ImagingOrderStore, loaders: ImagingOrderLoaders) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
  }

  async get(id: string): Promise<ImagingOrder | null> {
    requireSchedulingPermission(this.context.identity, "readOrders", "Reading imaging orders");
    return isRecordId(id) ? this.loaders.byId.load(id) : null;
  }

  /** For other modules (booking): the order, or NOT_FOUND. Their own permission check applies. */
  async loadOrFail(id: string): Promise<ImagingOrder> {
    const order = isRecordId(id) ? await this.loaders.byId.load(id) : null;
    if (!order) throw notFound("ImagingOrder", id);
    return order;
  }

  async byAccessionNumber(accessionNumber: string): Promise<ImagingOrder | null> {
    requireSchedulingPermission(this.context.identity, "readOrders", "Reading imaging orders");
    return this.context.em.findOne(ImagingOrder, { accessionNumber: accessionNumber.trim().toUpperCase() });
  }

  forPatient(patientId: string): Promise<ImagingOrder[]> {
    requireSchedulingPermission(this.context.identity, "readOrders", "Reading a patient's imaging orders");
    return this.loaders.byPatient.load(patientId);
  }

  async queue(rawFilter: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<ImagingOrder>> {
    requireSchedulingPermission(this.context.identity, "readOrders", "Reading the order queue");
    const filter = parseInput(orderQueueInput, rawFilter ?? {}, "filter");
    const request = pageRequest(args, 50);
    const { nodes, total } = await this.store.queue(filter, request);
    return toPage(nodes, total, request);
  }

  async place(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "placeOrders", "Entering an imaging order");
    const input = parseInput(placeOrderInput, rawInput);
    const procedure = await this.context.procedures.loadOrFail(input.procedureId);
    if (procedure.retiredAt)
      throw badUserInput(`${procedure.name} is retired from the catalogue and can no longer be ordered.`, [
        { field: "input.procedureId", message: "a retired procedure" },
      ]);
    if (procedure.lateralityRequired && !input.laterality)
      throw badUserInput(`${procedure.name} needs a side: left, right or bilateral.`, [
        { field: "input.laterality", message: "required for this procedure" },
      ]);
    await requireActivePatient(this.context.areas, input.patientId);
    const now = new Date();
    const who = this.context.identity.name;
    const order = this.context.em.create(ImagingOrder, {
      id: randomUUID(),
      accessionNumber: await this.store.nextAccessionNumber(),
      placerOrderNumber: input.placerOrderNumber ?? null,
      patientId: input.patientId,
      referringName: input.referringProvider.name,
      referringNpi: input.referringProvider.npi,
      procedureId: procedure.id,
      laterality: input.laterality ?? null,
      reasonCode: input.reason.code,
      reasonText: input.reason.text || null,
      priority: input.priority,
      patientClass: input.patientClass,
      status: input.draft ? "draft" : "active",
      requiresPriorAuth: procedure.priorAuthRequired,
      priorAuthOverrideReason: null,
      protocol: null,
      holdReason: null,
      triagedAt: null,
      triagedBy: null,
      notes: input.notes || null,
      orderedAt: now,
      orderedBy: who,
      updatedAt: now,
      updatedBy: who,
    });
    this.audit(order, "create", ["order"]);
    await this.context.em.flush();
    return order;
  }

  /** The radiologist or coordinator checked the indication: priority and protocol set, the order leaves the untriaged queue. */
  async triage(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "triageOrders", "Triaging an order");
    const input = parseInput(triageOrderInput, rawInput);
    return this.change(input.orderId, (order) => {
      this.requireOpen(order, "triaged");
      if (order.status === "draft") order.status = "active";
      if (input.priority) order.priority = input.priority;
      if (input.protocol !== undefined) order.protocol = input.protocol || null;
      if (input.note) order.notes = [order.notes, `Triage: ${input.note}`].filter(Boolean).join("\n");
      order.triagedAt = new Date();
      order.triagedBy = this.context.identity.name;
      return ["priority", "protocol", "triage"];
    });
  }

  async hold(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "triageOrders", "Putting an order on hold");
    const input = parseInput(holdOrderInput, rawInput);
    return this.change(input.orderId, (order) => {
      this.requireOpen(order, "put on hold");
      order.status = "on-hold";
      order.holdReason = input.reason;
      return ["status", "holdReason"];
    });
  }

  async release(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "triageOrders", "Releasing an order from hold");
    const input = parseInput(orderIdInput, rawInput);
    return this.change(input.orderId, (order) => {
      if (order.status !== "on-hold") throw conflict(`Order ${order.accessionNumber} is not on hold.`);
      order.status = "active";
      order.holdReason = null;
      return ["status", "holdReason"];
    });
  }

  /** Ends an order for good; refused while it still has an appointment holding time (cancel that first). */
  async revoke(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "triageOrders", "Revoking an order");
    const input = parseInput(revokeOrderInput, rawInput);
    const live = await this.context.appointments.liveForOrder(input.orderId);
    return this.change(input.orderId, (order) => {
      this.requireOpen(order, "revoked");
      if (live > 0) throw conflict(`Order ${order.accessionNumber} has a booked appointment; cancel it before revoking the order.`);
      order.status = input.enteredInError ? "entered-in-error" : "revoked";
      order.notes = [order.notes, `${input.enteredInError ? "Entered in error" : "Revoked"}: ${input.reason}`].join("\n").trim();
      return ["status"];
    });
  }

  async overridePriorAuthorization(rawInput: unknown): Promise<ImagingOrder> {
    requireSchedulingPermission(this.context.identity, "overridePriorAuthorization", "Overriding the prior-authorization requirement");
    const input = parseInput(priorAuthOverrideInput, rawInput);
    return this.change(input.orderId, (order) => {
      this.requireOpen(order, "changed");
      order.requiresPriorAuth = input.requiresPriorAuthorization;
      order.priorAuthOverrideReason = input.reason;
      return ["requiresPriorAuthorization"];
    });
  }

  private requireOpen(order: ImagingOrder, what: string): void {
    if (!openOrderStatuses.includes(order.status))
      throw conflict(`Order ${order.accessionNumber} is ${order.status} and can no longer be ${what}.`);
  }

  /** One change to an order, under its row lock, audited with the fields it touched. */
  private async change(orderId: string, apply: (order: ImagingOrder) => string[]): Promise<ImagingOrder> {
    return withinTransaction(this.context.em, async () => {
      const order = await this.store.locked(orderId);
      if (!order) throw notFound("ImagingOrder", orderId);
      const fields = apply(order);
      order.updatedAt = new Date();
      order.updatedBy = this.context.identity.name;
      this.audit(order, "update", fields);
      return order;
    });
  }

  private audit(order: ImagingOrder, action: "create" | "update", fields: string[]): void {
    const { identity, requestId, purpose } = this.context;
    this.context.accessLog.recordWrite({ identity, requestId, purpose, patientId: order.patientId, action, fields });
  }
}
