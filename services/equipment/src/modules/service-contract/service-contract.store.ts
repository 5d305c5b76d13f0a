import type { EntityManager } from "@mikro-orm/postgresql";
import { ServiceContract } from "./service-contract.entity.ts";

export class ServiceContractStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findByDevices(deviceIds: readonly string[]): Promise<ServiceContract[]> {
    return this.em.find(ServiceContract, { deviceId: { $in: [...deviceIds] } }, { orderBy: { endsOn: "desc", id: "asc" } });
  }

  /** Inclusive at both ends. */
  endingBetween(from: string, to: string): Promise<ServiceContract[]> {
    return this.em.find(ServiceContract, { endsOn: { $gte: from, $lte: to } }, { orderBy: { endsOn: "asc", id: "asc" } });
  }
}
