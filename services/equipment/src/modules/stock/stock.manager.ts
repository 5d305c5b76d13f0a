import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireEquipmentPermission } from "../../access.ts";
import { addDays, isRecordId, today } from "../../ids.ts";
import { InventoryItem } from "../inventory-item/inventory-item.entity.ts";
import type { InventoryItemManager } from "../inventory-item/inventory-item.manager.ts";
import type { Lot } from "./lot.entity.ts";
import { StockMovement, type MovementKind } from "./stock-movement.entity.ts";
import { adjustStockInput, lotsExpiringQuery, receiveStockInput, stockFilter, withdrawStockInput } from "./stock.input.ts";
import type { LotLoader, LotOnHandLoader, LotsByItemLoader } from "./stock.loader.ts";
import type { ExpiringLotRow, StockLevelRow, StockStore } from "./stock.store.ts";

interface StockLoaders {
  lot: LotLoader;
  lotsByItem: LotsByItemLoader;
  lotOnHand: LotOnHandLoader;
}

/**
 * Stock rules. On hand is never stored: it is the sum of movements. Every change to a lot's stock
 * runs in one transaction that first locks the lot row, then reads the sum, then writes, so
 * concurrent withdrawals queue on the lock and stock never goes below zero.
 */
export class StockManager {
  private readonly context: SubgraphContext;
  private readonly store: StockStore;
  private readonly loaders: StockLoaders;
  private readonly items: InventoryItemManager;

  constructor(context: SubgraphContext, store: StockStore, loaders: StockLoaders, items: InventoryItemManager) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
    this.items = items;
  }

  loadLot(id: string): Promise<Lot | null> {
    return isRecordId(id) ? this.loaders.lot.load(id) : Promise.resolve(null);
  }

  async loadLotOrFail(id: string): Promise<Lot> {
    const lot = await this.loadLot(id);
    if (!lot) throw notFound("Lot", id);
    return lot;
  }

  lotsOfItem(itemId: string): Promise<Lot[]> {
    return this.loaders.lotsByItem.load(itemId);
  }

  lotOnHand(lotId: string): Promise<number> {
    return this.loaders.lotOnHand.load(lotId);
  }

  async levels(rawFilter: unknown): Promise<StockLevelRow[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Stock on hand");
    return this.store.levels(parseInput(stockFilter, rawFilter, "arguments"));
  }

  async movements(lotId: string): Promise<StockMovement[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Stock movements");
    if (!isRecordId(lotId)) throw notFound("Lot", lotId);
    return this.store.movementsOfLot(lotId);
  }

  async expiring(rawArgs: { withinDays?: number | null; asOf?: string | null }): Promise<ExpiringLotRow[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Expiring lots");
    const { withinDays, asOf } = parseInput(
      lotsExpiringQuery,
      { withinDays: rawArgs.withinDays ?? 30, asOf: rawArgs.asOf ?? today() },
      "arguments",
    );
    return this.store.expiring(addDays(asOf, withinDays), asOf);
  }

  async receive(rawInput: unknown): Promise<StockMovement> {
    requireEquipmentPermission(this.context.identity, "keepInventory", "Receiving stock");
    const input = parseInput(receiveStockInput, rawInput);
    const item = await this.items.loadOrFail(input.itemId);
    return this.context.em.transactional(async (em) => {
      await this.store.ensureLot(em, { id: randomUUID(), itemId: item.id, lotNumber: input.lotNumber, expiresOn: input.expiresOn ?? null });
      const lot = await this.store.lockLotByNumber(em, item.id, input.lotNumber);
      if (!lot) throw notFound("Lot", input.lotNumber);
      if (input.expiresOn && lot.expiresOn && input.expiresOn !== lot.expiresOn) {
        throw conflict(`Lot ${lot.lotNumber} of ${item.name} is on record as expiring ${lot.expiresOn}, not ${input.expiresOn}.`);
      }
      return this.record(em, lot, "received", input.quantity, input.location ?? item.location, null, input.occurredAt ?? null);
    });
  }

  async withdraw(kind: "used" | "wasted", rawInput: unknown): Promise<StockMovement> {
    if (kind === "used") requireEquipmentPermission(this.context.identity, "recordStockUse", "Recording stock use");
    else requireEquipmentPermission(this.context.identity, "recordWaste", "Recording waste");
    const input = parseInput(withdrawStockInput, rawInput);
    return this.change(
      kind,
      input.lotId,
      -input.quantity,
      input.location ?? null,
      input.reason ?? null,
      input.occurredAt ?? null,
      input.reference ?? null,
    );
  }

  async adjust(rawInput: unknown): Promise<StockMovement> {
    requireEquipmentPermission(this.context.identity, "keepInventory", "Adjusting stock");
    const input = parseInput(adjustStockInput, rawInput);
    return this.change("adjusted", input.lotId, input.quantity, input.location ?? null, input.reason, input.occurredAt ?? null);
  }

  private change(
    kind: MovementKind,
    lotId: string,
    quantity: number,
    rawLocation: string | null,
    reason: string | null,
    occurredAt: Date | null,
    reference: string | null = null,
  ): Promise<StockMovement> {
    return this.context.em.transactional(async (em) => {
      const lot = await this.store.lockLot(em, lotId);
      if (!lot) throw notFound("Lot", lotId);
      // A retry of the same use (same reference) answers the first movement: stock is taken once.
      // The lot's lock serializes concurrent retries; the unique reference backs it.
      if (reference) {
        const earlier = await em.findOne(StockMovement, { reference });
        if (earlier) {
          if (earlier.lotId !== lot.id || earlier.quantity !== quantity || earlier.kind !== kind)
            throw conflict(`Reference ${reference} was already used for another stock movement.`);
          return earlier;
        }
      }
      const item = await em.findOneOrFail(InventoryItem, { id: lot.itemId });
      const location = rawLocation ?? item.location;
      const onHand = await this.store.onHandAt(em, lot.id, location);
      if (onHand + quantity < 0) {
        throw conflict(
          `Only ${onHand} ${item.unit} of ${item.name} lot ${lot.lotNumber} are on hand at ${location}; cannot take ${-quantity}.`,
        );
      }
      const movement = this.record(em, lot, kind, quantity, location, reason, occurredAt);
      movement.reference = reference;
      return movement;
    });
  }

  private record(
    em: EntityManager,
    lot: Lot,
    kind: MovementKind,
    quantity: number,
    location: string,
    reason: string | null,
    occurredAt: Date | null,
  ): StockMovement {
    return em.create(StockMovement, {
      id: randomUUID(),
      lotId: lot.id,
      location,
      kind,
      quantity,
      recordedBy: this.context.identity.name,
      occurredAt: occurredAt ?? new Date(),
      reason,
      reference: null,
    } as StockMovement);
  }
}
