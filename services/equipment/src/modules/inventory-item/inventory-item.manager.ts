import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireEquipmentPermission } from "../../access.ts";
import { isRecordId } from "../../ids.ts";
import { InventoryItem } from "./inventory-item.entity.ts";
import { addInventoryItemInput, itemFilter } from "./inventory-item.input.ts";
import type { InventoryItemLoader, ItemOnHandLoader } from "./inventory-item.loader.ts";
import type { InventoryItemStore } from "./inventory-item.store.ts";

/** The item catalogue: who sets it up, and reorder alerts. */
export class InventoryItemManager {
  private readonly context: SubgraphContext;
  private readonly store: InventoryItemStore;
  private readonly loader: InventoryItemLoader;
  private readonly onHandLoader: ItemOnHandLoader;

  constructor(context: SubgraphContext, store: InventoryItemStore, loader: InventoryItemLoader, onHandLoader: ItemOnHandLoader) {
    this.context = context;
    this.store = store;
    this.loader = loader;
    this.onHandLoader = onHandLoader;
  }

  async get(id: string): Promise<InventoryItem | null> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Reading inventory");
    return this.load(id);
  }

  async load(id: string): Promise<InventoryItem | null> {
    return isRecordId(id) ? this.loader.load(id) : null;
  }

  async loadOrFail(id: string): Promise<InventoryItem> {
    const item = await this.load(id);
    if (!item) throw notFound("InventoryItem", id);
    return item;
  }

  onHand(itemId: string): Promise<number> {
    return this.onHandLoader.load(itemId);
  }

  async list(rawFilter: unknown): Promise<InventoryItem[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Reading inventory");
    const filter = parseInput(itemFilter, rawFilter, "arguments");
    return this.store.list(filter.category);
  }

  async belowReorderLevel(): Promise<InventoryItem[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Reorder alerts");
    return this.store.belowReorderLevel();
  }

  async add(rawInput: unknown): Promise<InventoryItem> {
    requireEquipmentPermission(this.context.identity, "keepInventory", "Adding inventory items");
    const input = parseInput(addInventoryItemInput, rawInput);
    const item = this.context.em.create(InventoryItem, { id: randomUUID(), ...input } as InventoryItem);
    await conflictOnViolation(
      () => this.context.em.flush(),
      [{ sqlState: SqlState.UniqueViolation, message: `An item named ${input.name} already exists.` }],
    );
    return item;
  }
}
