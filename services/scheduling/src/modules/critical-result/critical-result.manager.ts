import { randomUUID } from "node:crypto";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { withinTransaction } from "@gantry/subgraph-kit/transaction";
import { parseInput } from "@gantry/subgraph-kit/validation";
import DataLoader from "dataloader";
import { groupedBy } from "@gantry/subgraph-kit/loaders-by-arguments";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import type { AppointmentChanges } from "../appointment/appointment.changes.ts";
import { CriticalFinding, CriticalResultLimit, defaultLimitMinutes } from "./critical-result.entity.ts";
import {
  criticalResultLimitInput,
  openFindingsQuery,
  recordCriticalFindingInput,
  recordFindingCommunicationInput,
} from "./critical-result.input.ts";
import type { CriticalResultStore } from "./critical-result.store.ts";

/**
 * Critical results, closed loop: a radiologist records the finding on an exam that took place;
 * it is due within its urgency's limit; someone records who was told, how, with the read-back;
 * until then it is open, and past the limit it is on the coordinator's escalation list. Every write
 * is audited, and the finding also goes into the appointment's history.
 */
export class CriticalResultManager {
  private readonly context: SchedulingContext;
  private readonly store: CriticalResultStore;
  private readonly changes: AppointmentChanges;
  private readonly byAppointment: DataLoader<string, CriticalFinding[]>;
  private readonly byId: DataLoader<string, CriticalFinding | null>;

  constructor(context: SchedulingContext, store: CriticalResultStore, changes: AppointmentChanges) {
    this.context = context;
    this.store = store;
    this.changes = changes;
    this.byAppointment = new DataLoader(async (ids) => groupedBy(ids, await store.byAppointments(ids), (finding) => finding.appointmentId));
    this.byId = new DataLoader(async (ids) => {
      const found = new Map((await store.byIds(ids)).map((finding) => [finding.id, finding]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  forAppointment(appointmentId: string): Promise<CriticalFinding[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading an exam's critical findings");
    return this.byAppointment.load(appointmentId);
  }

  get(id: string): Promise<CriticalFinding | null> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading critical findings");
    return this.byId.load(id);
  }

  open(rawQuery: unknown): Promise<CriticalFinding[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading open critical findings");
    const query = parseInput(openFindingsQuery, rawQuery, "arguments");
    return this.store.open(query.overdueOnly ? (query.asOf ?? new Date()) : null);
  }

  limits(): Promise<CriticalResultLimit[]> {
    requireSchedulingPermission(this.context.identity, "readSchedules", "Reading the critical-result limits");
    return this.store.limits();
  }

  async record(rawInput: unknown): Promise<CriticalFinding> {
    requireSchedulingPermission(this.context.identity, "reportCriticalFindings", "Recording a critical finding");
    const input = parseInput(recordCriticalFindingInput, rawInput);
    const limit = await this.store.limit(input.urgency);
    const minutes = limit?.minutes ?? defaultLimitMinutes[input.urgency];
    let finding: CriticalFinding | null = null;
    await this.changes.change(input.appointmentId, (appointment) => {
      if (appointment.examStatus !== "completed" && appointment.examStatus !== "discontinued")
        throw conflict("A finding is recorded on an exam that took place; this one has not been performed.");
      const now = new Date();
      finding = this.context.em.create(CriticalFinding, {
        id: randomUUID(),
        appointmentId: appointment.id,
        patientId: appointment.patientId,
        category: input.category,
        description: input.description ?? null,
        urgency: input.urgency,
        recordedAt: now,
        recordedBy: this.context.identity.name,
        communicateBy: new Date(now.getTime() + minutes * 60_000),
        communicatedAt: null,
        communicatedBy: null,
        communicatedTo: null,
        communicatedVia: null,
        readBackConfirmed: null,
      });
      return { action: "critical-finding", reason: `${input.urgency}: ${input.category}` };
    });
    if (!finding) throw new Error("the finding was not created");
    return finding;
  }

  async communicate(rawInput: unknown): Promise<CriticalFinding> {
    requireSchedulingPermission(this.context.identity, "communicateCriticalFindings", "Recording a finding's communication");
    const input = parseInput(recordFindingCommunicationInput, rawInput);
    return withinTransaction(this.context.em, async () => {
      const finding = await this.store.locked(input.findingId);
      if (!finding) throw notFound("Critical finding", input.findingId);
      if (finding.communicatedAt)
        throw conflict(`This finding was communicated already, to ${finding.communicatedTo} at ${finding.communicatedAt.toISOString()}.`);
      finding.communicatedAt = new Date();
      finding.communicatedBy = this.context.identity.name;
      finding.communicatedTo = input.to;
      finding.communicatedVia = input.via;
      finding.readBackConfirmed = true;
      const { identity, requestId, purpose } = this.context;
      this.context.accessLog.recordWrite({
        identity,
        requestId,
        purpose,
        patientId: finding.patientId,
        action: "update",
        fields: ["critical-finding-communicated"],
      });
      await this.context.em.flush();
      return finding;
    });
  }

  async setLimit(rawInput: unknown): Promise<CriticalResultLimit> {
    requireSchedulingPermission(this.context.identity, "manageCriticalResultLimits", "Setting a critical-result limit");
    const input = parseInput(criticalResultLimitInput, rawInput, "arguments");
    return withinTransaction(this.context.em, async () => {
      const limit =
        (await this.store.limit(input.urgency)) ??
        this.context.em.create(CriticalResultLimit, { ...input, updatedAt: new Date(), updatedBy: "" });
      limit.minutes = input.minutes;
      limit.updatedAt = new Date();
      limit.updatedBy = this.context.identity.name;
      await this.context.em.flush();
      return limit;
    });
  }
}
