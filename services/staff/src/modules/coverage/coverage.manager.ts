import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { z } from "zod";
import { requireDirectoryReader } from "../../access.ts";
import { calendarDate } from "../../dates.ts";
import { daysBetween } from "../../department.ts";
import { modalities, modality, type Modality } from "@gantry/subgraph-kit/modality";
import type { CoverageStore, UncoveredHour } from "./coverage.store.ts";

const hour = 3_600_000;
const longestRangeDays = 31;

export interface CoverageGap {
  modality: Modality;
  startsAt: Date;
  endsAt: Date;
  hours: number;
}

const coverageQuery = z
  .object({ modality: modality.nullish(), from: calendarDate, to: calendarDate })
  .refine((query) => query.to >= query.from, { message: "to must not be before from", path: ["to"] })
  .refine((query) => daysBetween(query.from, query.to) < longestRangeDays, {
    message: `at most ${longestRangeDays} days at a time`,
    path: ["to"],
  });

/** Joins consecutive uncovered hours of one modality into one gap. */
export function mergeHours(hours: readonly UncoveredHour[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const { modality: gapModality, startsAt } of hours) {
    const last = gaps.at(-1);
    if (last && last.modality === gapModality && last.endsAt.getTime() === startsAt.getTime()) {
      last.endsAt = new Date(startsAt.getTime() + hour);
      last.hours += 1;
    } else {
      gaps.push({ modality: gapModality, startsAt, endsAt: new Date(startsAt.getTime() + hour), hours: 1 });
    }
  }
  return gaps;
}

export class CoverageManager {
  private readonly context: SubgraphContext;
  private readonly store: CoverageStore;

  constructor(context: SubgraphContext, store: CoverageStore) {
    this.context = context;
    this.store = store;
  }

  async gaps(args: { modality?: string | null; from: string; to: string }): Promise<CoverageGap[]> {
    requireDirectoryReader(this.context.identity, "Coverage gaps");
    const query = parseInput(coverageQuery, args, "arguments");
    const wanted = query.modality ? [query.modality] : [...modalities];
    return mergeHours(await this.store.uncoveredHours(wanted, query.from, query.to));
  }
}
