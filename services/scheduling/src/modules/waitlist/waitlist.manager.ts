import { randomUUID } from "node:crypto";
import { daysBetween } from "@gantry/calendar/calendar";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { calendarDate, isRecordId } from "@gantry/subgraph-kit/input-rules";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { z } from "zod";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import { waitlistInput } from "../appointment/appointment.input.ts";
import { WaitlistEntry } from "../appointment/appointment.entity.ts";
import { openOrderStatuses } from "../imaging-order/imaging-order.entity.ts";

const period = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((range) => range.to >= range.from && daysBetween(range.from, range.to) <= 366, {
    message: "from..to, at most a year",
    path: ["to"],
  });

/** The waitlist: who wants an earlier slot, and taking them off it. */
export class WaitlistManager {
  private readonly context: SchedulingContext;
  constructor(context: SchedulingContext) {
    this.context = context;
  }

  async open(rawPeriod: unknown): Promise<WaitlistEntry[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading the waitlist");
    const { from, to } = parseInput(period, rawPeriod, "arguments");
    return this.context.em.find(
      WaitlistEntry,
      { removedAt: null, earliest: { $lte: to }, latest: { $gte: from } },
      { orderBy: { earliest: "asc", createdAt: "asc" }, limit: 500 },
    );
  }

  forOrder(orderId: string): Promise<WaitlistEntry[]> {
    requireSchedulingPermission(this.context.identity, "readAppointments", "Reading an order's waitlist entries");
    return this.context.em.find(WaitlistEntry, { orderId, removedAt: null }, { orderBy: { createdAt: "asc" } });
  }

  async add(rawInput: unknown): Promise<WaitlistEntry> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Adding to the waitlist");
    const input = parseInput(waitlistInput, rawInput);
    if (input.latest < departmentToday())
      throw badUserInput("The window is already over.", [{ field: "input.latest", message: "must not be in the past" }]);
    const order = await this.context.orders.loadOrFail(input.orderId);
    if (!openOrderStatuses.includes(order.status)) throw conflict(`Order ${order.accessionNumber} is ${order.status}; it needs no slot.`);
    const entry = this.context.em.create(WaitlistEntry, {
      id: randomUUID(),
      orderId: order.id,
      patientId: order.patientId,
      earliest: input.earliest,
      latest: input.latest,
      note: input.note || null,
      createdAt: new Date(),
      createdBy: this.context.identity.name,
      removedAt: null,
      removedBy: null,
    });
    this.audit(entry, "create");
    await this.context.em.flush();
    return entry;
  }

  async remove(id: string): Promise<WaitlistEntry> {
    requireSchedulingPermission(this.context.identity, "bookAppointments", "Taking an entry off the waitlist");
    const entry = isRecordId(id) ? await this.context.em.findOne(WaitlistEntry, { id }) : null;
    if (!entry) throw notFound("WaitlistEntry", id);
    if (entry.removedAt) throw conflict("The entry is already off the waitlist.");
    entry.removedAt = new Date();
    entry.removedBy = this.context.identity.name;
    this.audit(entry, "update");
    await this.context.em.flush();
    return entry;
  }

  private audit(entry: WaitlistEntry, action: "create" | "update"): void {
    const { identity, requestId, purpose } = this.context;
    this.context.accessLog.recordWrite({ identity, requestId, purpose, patientId: entry.patientId, action, fields: ["waitlist"] });
  }
}
