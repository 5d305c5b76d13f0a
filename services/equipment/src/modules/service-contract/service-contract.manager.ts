import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireEquipmentPermission } from "../../access.ts";
import { addDays, today } from "../../ids.ts";
import type { DeviceManager } from "../device/device.manager.ts";
import { ServiceContract } from "./service-contract.entity.ts";
import { addServiceContractInput, expiringQuery } from "./service-contract.input.ts";
import type { ContractsByDeviceLoader } from "./service-contract.loader.ts";
import type { ServiceContractStore } from "./service-contract.store.ts";

export class ServiceContractManager {
  private readonly context: SubgraphContext;
  private readonly store: ServiceContractStore;
  private readonly byDevice: ContractsByDeviceLoader;
  private readonly devices: DeviceManager;

  constructor(context: SubgraphContext, store: ServiceContractStore, byDevice: ContractsByDeviceLoader, devices: DeviceManager) {
    this.context = context;
    this.store = store;
    this.byDevice = byDevice;
    this.devices = devices;
  }

  forDevice(deviceId: string): Promise<ServiceContract[]> {
    return this.byDevice.load(deviceId);
  }

  async expiring(rawArgs: { withinDays?: number | null; asOf?: string | null }): Promise<ServiceContract[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Expiring service contracts");
    const { withinDays, asOf } = parseInput(
      expiringQuery,
      { withinDays: rawArgs.withinDays ?? 90, asOf: rawArgs.asOf ?? today() },
      "arguments",
    );
    return this.store.endingBetween(asOf, addDays(asOf, withinDays));
  }

  async add(rawInput: unknown): Promise<ServiceContract> {
    requireEquipmentPermission(this.context.identity, "keepServiceContracts", "Adding service contracts");
    const input = parseInput(addServiceContractInput, rawInput);
    const device = await this.devices.loadOrFail(input.deviceId);
    const contract = this.context.em.create(ServiceContract, {
      id: randomUUID(),
      deviceId: device.id,
      vendor: input.vendor,
      coverage: input.coverage,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      annualCost: input.annualCost,
      responseTimeHours: input.responseTimeHours,
    } as ServiceContract);
    await this.context.em.flush();
    return contract;
  }
}
