import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { z } from "zod";
import { requireEquipmentPermission } from "../../access.ts";
import { recordId } from "../../ids.ts";
import { modality } from "@gantry/subgraph-kit/modality";
import type { DowntimeRow, DowntimeStore } from "./downtime.store.ts";

const longestRangeDays = 366;

const downtimeQuery = z
  .object({ deviceId: recordId.nullish(), modality: modality.nullish(), from: z.date(), to: z.date() })
  .refine((query) => Boolean(query.deviceId) !== Boolean(query.modality), {
    message: "give exactly one of deviceId and modality",
    path: ["deviceId"],
  })
  .refine((query) => query.to > query.from, { message: "to must be after from", path: ["to"] })
  .refine((query) => query.to.getTime() - query.from.getTime() <= longestRangeDays * 86_400_000, {
    message: `at most ${longestRangeDays} days at a time`,
    path: ["to"],
  });

/** When devices cannot be booked. */
export class DowntimeManager {
  private readonly context: SubgraphContext;
  private readonly store: DowntimeStore;

  constructor(context: SubgraphContext, store: DowntimeStore) {
    this.context = context;
    this.store = store;
  }

  async windows(rawArgs: unknown): Promise<DowntimeRow[]> {
    requireEquipmentPermission(this.context.identity, "readEquipment", "Device downtime");
    const query = parseInput(downtimeQuery, rawArgs, "arguments");
    const target = query.deviceId ? { deviceId: query.deviceId } : { modality: query.modality as NonNullable<typeof query.modality> };
    return this.store.overlapping(target, query.from, query.to);
  }
}
