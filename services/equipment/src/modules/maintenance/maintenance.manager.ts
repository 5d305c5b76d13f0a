import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireEquipmentPermission } from "../../access.ts";
import { isRecordId } from "../../ids.ts";
import type { DeviceManager } from "../device/device.manager.ts";
import { Maintenance } from "./maintenance.entity.ts";
import { cancelMaintenanceInput, completeMaintenanceInput, dueQuery, scheduleMaintenanceInput } from "./maintenance.input.ts";
import type { MaintenanceByDeviceLoader, MaintenanceLoader } from "./maintenance.loader.ts";
import type { MaintenanceStore } from "./maintenance.store.ts";

/** Maintenance rules: who books windows; the database guarantees one device is never in two windows at once. */
export class MaintenanceManager {
  private readonly context: SubgraphContext;
  private readonly store: MaintenanceStore;
  private readonly byDevice: MaintenanceByDeviceLoader;
  private readonly byId: MaintenanceLoader;
  private readonly devices: DeviceManager;

  constructor(
    context: SubgraphContext,
    store: MaintenanceStore,
    loaders: { byDevice: MaintenanceByDeviceLoader; byId: MaintenanceLoader },
    devices: DeviceManager,
  ) {
    this.context = context;
    this.store = store;
    this.byDevice = loaders.byDevice;
    this.byId = loaders.byId;
    this.devices = devices;
  }

  forDevice(deviceId: string): Promise<Maintenance[]> {
    return this.byDevice.load(deviceId);
  }

  load(id: string): Promise<Maintenance | null> {
    return isRecordId(id) ? this.byId.load(id) : Promise.resolve(null);
  }

  async due(rawArgs: { withinDays?: number | null; asOf?: Date | null }): Promise<Maintenance[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Maintenance due");
    const { withinDays, asOf } = parseInput(
      dueQuery,
      { withinDays: rawArgs.withinDays ?? 30, asOf: rawArgs.asOf ?? new Date() },
      "arguments",
    );
    return this.store.due(asOf, new Date(asOf.getTime() + withinDays * 86_400_000));
  }

  async overdue(asOf: Date | null | undefined): Promise<Maintenance[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Overdue maintenance");
    return this.store.overdue(asOf ?? new Date());
  }

  async schedule(rawInput: unknown): Promise<Maintenance> {
    requireEquipmentPermission(this.context.identity, "scheduleMaintenance", "Scheduling maintenance");
    const input = parseInput(scheduleMaintenanceInput, rawInput);
    const device = await this.devices.loadOrFail(input.deviceId);
    if (device.status === "retired") throw conflict(`${device.name} is retired; it gets no more maintenance.`);
    const maintenance = this.context.em.create(Maintenance, {
      id: randomUUID(),
      deviceId: device.id,
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      vendor: input.vendor ?? null,
      status: "scheduled",
      completedAt: null,
      notes: input.notes || null,
      scheduledBy: this.context.identity.name,
    } as Maintenance);
    await conflictOnViolation(
      () => this.context.em.flush(),
      [
        {
          sqlState: SqlState.ExclusionViolation,
          constraint: "maintenance_no_overlap",
          message: `${device.name} already has maintenance overlapping ${input.startsAt.toISOString()}–${input.endsAt.toISOString()}.`,
        },
      ],
    );
    return maintenance;
  }

  async complete(rawInput: unknown): Promise<Maintenance> {
    requireEquipmentPermission(this.context.identity, "completeOrCancelMaintenance", "Completing maintenance");
    const input = parseInput(completeMaintenanceInput, rawInput, "arguments");
    const maintenance = await this.liveOrFail(input.maintenanceId);
    const completedAt = input.completedAt ?? new Date();
    if (maintenance.startsAt.getTime() > Date.now())
      throw badUserInput("This maintenance window has not begun yet, so it cannot be completed; cancel or reschedule it instead.", [
        { field: "maintenanceId", message: "window not begun" },
      ]);
    if (completedAt < maintenance.startsAt)
      throw badUserInput("The completion time is before the maintenance window began.", [
        { field: "completedAt", message: "before the window began" },
      ]);
    this.context.em.assign(maintenance, {
      status: "completed",
      completedAt,
      notes: input.notes || maintenance.notes,
    });
    await this.context.em.flush();
    return maintenance;
  }

  async cancel(rawInput: unknown): Promise<Maintenance> {
    requireEquipmentPermission(this.context.identity, "completeOrCancelMaintenance", "Cancelling maintenance");
    const input = parseInput(cancelMaintenanceInput, rawInput, "arguments");
    const maintenance = await this.liveOrFail(input.maintenanceId);
    const notes = [maintenance.notes, `Cancelled by ${this.context.identity.name}: ${input.reason}`]
      .filter(Boolean)
      .join("\n")
      .slice(0, 2000);
    this.context.em.assign(maintenance, { status: "cancelled", notes });
    await this.context.em.flush();
    return maintenance;
  }

  private async liveOrFail(id: string): Promise<Maintenance> {
    const maintenance = isRecordId(id) ? await this.store.findById(id) : null;
    if (!maintenance) throw notFound("Maintenance", id);
    if (maintenance.status === "completed" || maintenance.status === "cancelled")
      throw conflict(`Maintenance ${id} is already ${maintenance.status}.`);
    return maintenance;
  }
}
