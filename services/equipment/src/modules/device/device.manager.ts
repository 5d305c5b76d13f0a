import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireEquipmentPermission } from "../../access.ts";
import { isRecordId } from "../../ids.ts";
import { DownPeriod } from "../downtime/down-period.entity.ts";
import { Device, type DeviceKind, type DeviceStatus } from "./device.entity.ts";
import { deviceFilter, registerDeviceInput, retireDeviceInput, setDeviceStatusInput } from "./device.input.ts";
import type { DeviceLoader } from "./device.loader.ts";
import type { DeviceStore } from "./device.store.ts";

/** The device register's rules: who may change it, what a valid device is, how status changes open and close downtime. */
export class DeviceManager {
  private readonly context: SubgraphContext;
  private readonly store: DeviceStore;
  private readonly loader: DeviceLoader;

  constructor(context: SubgraphContext, store: DeviceStore, loader: DeviceLoader) {
    this.context = context;
    this.store = store;
    this.loader = loader;
  }

  /** Entry point for a query or the gateway's entity lookup: checks the caller may read equipment. */
  async get(id: string): Promise<Device | null> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Reading the device register");
    return this.load(id);
  }

  /** Loads without a role check, for fields of objects the caller was already allowed to read. */
  async load(id: string): Promise<Device | null> {
    if (!isRecordId(id)) return null;
    return this.loader.load(id);
  }

  async loadOrFail(id: string, kind?: DeviceKind): Promise<Device> {
    const device = await this.load(id);
    if (!device || (kind && device.kind !== kind)) throw notFound(kind === "ultrasound-probe" ? "Ultrasound probe" : "Device", id);
    return device;
  }

  async list(filter: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<Device>> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "The device register");
    const search = parseInput(deviceFilter, filter, "arguments");
    const page = pageRequest(args);
    const { nodes, totalCount } = await this.store.search(search, page);
    for (const device of nodes) this.loader.prime(device.id, device);
    return toPage(nodes, totalCount, page);
  }

  async register(rawInput: unknown): Promise<Device> {
    requireEquipmentPermission(this.context.identity, "registerAndRetireDevices", "Registering devices");
    const input = parseInput(registerDeviceInput, rawInput);
    const device = this.context.em.create(Device, {
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      modality: input.modality ?? null,
      manufacturer: input.manufacturer,
      model: input.model,
      serialNumber: input.serialNumber,
      room: input.room ?? null,
      installedOn: input.installedOn ?? null,
      endOfSupportOn: input.endOfSupportOn ?? null,
      status: "active",
    } as Device);
    await conflictOnViolation(
      () => this.context.em.flush(),
      [{ sqlState: SqlState.UniqueViolation, message: `Serial number ${input.serialNumber} is already registered.` }],
    );
    return device;
  }

  async setStatus(rawInput: unknown): Promise<Device> {
    requireEquipmentPermission(this.context.identity, "setDeviceStatus", "Changing a device's status");
    const input = parseInput(setDeviceStatusInput, rawInput, "arguments");
    return this.changeStatus(input.deviceId, input.status, input.reason ?? null);
  }

  async retire(rawInput: unknown): Promise<Device> {
    requireEquipmentPermission(this.context.identity, "registerAndRetireDevices", "Retiring devices");
    const input = parseInput(retireDeviceInput, rawInput, "arguments");
    return this.changeStatus(input.deviceId, "retired", input.reason ?? null);
  }

  /** One transaction with the device row locked, so two status changes cannot open two DOWN periods. */
  private async changeStatus(deviceId: string, status: DeviceStatus, reason: string | null): Promise<Device> {
    const device = await this.context.em.transactional(async (em) => {
      const locked = await em.findOne(Device, { id: deviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!locked) throw notFound("Device", deviceId);
      if (locked.status === "retired") throw conflict(`${locked.name} is retired; its status no longer changes.`);
      const now = new Date();
      if (locked.status === "down" && status !== "down") await this.closeDownPeriod(em, locked.id, now);
      if (status === "down" && locked.status !== "down") {
        em.create(DownPeriod, {
          id: randomUUID(),
          deviceId: locked.id,
          startsAt: now,
          endsAt: null,
          reason,
          recordedBy: this.context.identity.name,
        } as DownPeriod);
      }
      if (status === "retired") em.assign(locked, { retiredAt: now, retiredBy: this.context.identity.name, retiredReason: reason });
      locked.status = status;
      return locked;
    });
    this.loader.clear(device.id).prime(device.id, device);
    return device;
  }

  private async closeDownPeriod(em: EntityManager, deviceId: string, at: Date): Promise<void> {
    const open = await em.findOne(DownPeriod, { deviceId, endsAt: null });
    if (open) open.endsAt = at;
  }
}
