import type { Priority } from "../procedure/procedure.entity.ts";
import type { ReservedPeriod } from "../schedule/schedule.manager.ts";

const rank: Record<Priority, number> = { routine: 0, urgent: 1, asap: 2, stat: 3 };

/**
 * Whether an order may take time reserved for a priority or a procedure group: as urgent as the
 * block (a STAT block takes STAT orders only; a STAT order takes any block), or of the block's group.
 */
export function mayUseBlock(block: Pick<ReservedPeriod, "forPriority" | "forGroup">, priority: Priority, group: string | null): boolean {
  if (priority === "stat") return true;
  if (block.forPriority && rank[priority] >= rank[block.forPriority]) return true;
  return block.forGroup !== null && block.forGroup === group;
}

/** The blocks overlapping [startsAt, endsAt) the order may not take. */
export function blocksInTheWay(
  reserved: readonly ReservedPeriod[],
  slot: { startsAt: Date; endsAt: Date },
  priority: Priority,
  group: string | null,
): ReservedPeriod[] {
  return reserved.filter((block) => block.startsAt < slot.endsAt && block.endsAt > slot.startsAt && !mayUseBlock(block, priority, group));
}
