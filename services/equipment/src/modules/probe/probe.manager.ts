import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { badUserInput, conflict } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireEquipmentPermission } from "../../access.ts";
import { isRecordId } from "../../ids.ts";
import type { Device } from "../device/device.entity.ts";
import type { DeviceManager } from "../device/device.manager.ts";
import type { InventoryItemManager } from "../inventory-item/inventory-item.manager.ts";
import type { StockManager } from "../stock/stock.manager.ts";
import { Disinfection } from "./disinfection.entity.ts";
import { ProbeUse } from "./probe-use.entity.ts";
import { confirmPerformer } from "./performer.ts";
import { disinfectionLogQuery, logDisinfectionInput, recordProbeUseInput } from "./probe.input.ts";
import type { ProbeHistoryLoader } from "./probe.loader.ts";
import type { ProbeHistory, ProbeStatusRow, ProbeStore } from "./probe.store.ts";

/** Why a probe may not be used, or null when it may: a PASSING disinfection must follow its last use. */
export function unsafeReason(probe: Device, history: ProbeHistory): string | null {
  if (probe.status !== "active") return `The probe is ${probe.status}.`;
  if (!history.lastPassingAt) return "The probe has no passing high-level disinfection on record.";
  if (history.lastUsedAt && history.lastPassingAt <= history.lastUsedAt)
    return "The probe was used after its last passing high-level disinfection.";
  return null;
}

/** The probe reprocessing log: uses, disinfections, and whether a probe may be used now. */
export class ProbeManager {
  private readonly context: SubgraphContext;
  private readonly store: ProbeStore;
  private readonly history: ProbeHistoryLoader;
  private readonly devices: DeviceManager;
  private readonly stock: StockManager;
  private readonly items: InventoryItemManager;

  constructor(
    context: SubgraphContext,
    store: ProbeStore,
    history: ProbeHistoryLoader,
    devices: DeviceManager,
    stock: StockManager,
    items: InventoryItemManager,
  ) {
    this.context = context;
    this.store = store;
    this.history = history;
    this.devices = devices;
    this.stock = stock;
    this.items = items;
  }

  /** Probes: ACTIVE and disinfected since last use. Other devices: ACTIVE. */
  async safeToUse(device: Device): Promise<boolean> {
    if (device.kind !== "ultrasound-probe") return device.status === "active";
    return unsafeReason(device, await this.history.load(device.id)) === null;
  }

  async status(probeId: string): Promise<ProbeStatusRow> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Probe disinfection status");
    const probe = await this.devices.loadOrFail(probeId, "ultrasound-probe");
    const history = await this.history.load(probe.id);
    const reason = unsafeReason(probe, history);
    return { probe, ...history, safeToUse: reason === null, reason };
  }

  loadDisinfection(id: string): Promise<Disinfection | null> {
    return isRecordId(id) ? this.store.findDisinfection(id) : Promise.resolve(null);
  }

  async log(rawArgs: { probeId: string; first?: number | null }): Promise<Disinfection[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "The disinfection log");
    const query = parseInput(disinfectionLogQuery, { probeId: rawArgs.probeId, first: rawArgs.first ?? 25 }, "arguments");
    const probe = await this.devices.loadOrFail(query.probeId, "ultrasound-probe");
    return this.store.disinfectionsOf(probe.id, query.first);
  }

  async recordUse(rawInput: unknown): Promise<ProbeUse> {
    requireEquipmentPermission(this.context.identity, "recordProbeUse", "Recording probe use");
    const input = parseInput(recordProbeUseInput, rawInput);
    const probe = await this.devices.loadOrFail(input.probeId, "ultrasound-probe");
    if (probe.status === "retired") throw conflict(`${probe.name} is retired.`);
    const use = this.context.em.create(ProbeUse, {
      id: randomUUID(),
      probeId: probe.id,
      usedAt: input.usedAt ?? new Date(),
      appointmentReference: input.appointmentReference ?? null,
      recordedBy: this.context.identity.name,
    } as ProbeUse);
    await this.context.em.flush();
    this.history.clear(probe.id);
    return use;
  }

  async logDisinfection(rawInput: unknown): Promise<Disinfection> {
    requireEquipmentPermission(this.context.identity, "logDisinfection", "Logging disinfections");
    const input = parseInput(logDisinfectionInput, rawInput);
    const probe = await this.devices.loadOrFail(input.probeId, "ultrasound-probe");
    if (input.disinfectantLotId) {
      const lot = await this.stock.loadLotOrFail(input.disinfectantLotId);
      const item = await this.items.loadOrFail(lot.itemId);
      if (item.category !== "disinfectant") {
        throw badUserInput(`Lot ${lot.lotNumber} is ${item.name}, not a disinfectant.`, [
          { field: "input.disinfectantLotId", message: "not a disinfectant lot" },
        ]);
      }
    }
    // Last: every check of this area's own data answers before another area is asked.
    await confirmPerformer(this.context.areas, input.performedById);
    const disinfection = this.context.em.create(Disinfection, {
      id: randomUUID(),
      probeId: probe.id,
      method: input.method,
      disinfectantLotId: input.disinfectantLotId ?? null,
      performedBy: input.performedById,
      performerConfirmed: true,
      performedAt: input.performedAt ?? new Date(),
      result: input.result,
      notes: input.notes || null,
      recordedBy: this.context.identity.name,
    } as Disinfection);
    await this.context.em.flush();
    this.history.clear(probe.id);
    return disinfection;
  }
}
