/** A half-open stretch of time [startsAt, endsAt). */
export interface Period {
  startsAt: Date;
  endsAt: Date;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.startsAt < b.endsAt && a.endsAt > b.startsAt;
}

/** `periods` with every part covered by `taken` cut out; sorted, each piece non-empty. */
export function subtract(periods: readonly Period[], taken: readonly Period[]): Period[] {
  const cuts = [...taken].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const free: Period[] = [];
  for (const period of periods) {
    let cursor = period.startsAt.getTime();
    const end = period.endsAt.getTime();
    for (const cut of cuts) {
      if (cut.endsAt.getTime() <= cursor || cut.startsAt.getTime() >= end) continue;
      if (cut.startsAt.getTime() > cursor) free.push({ startsAt: new Date(cursor), endsAt: cut.startsAt });
      cursor = Math.max(cursor, cut.endsAt.getTime());
    }
    if (cursor < end) free.push({ startsAt: new Date(cursor), endsAt: new Date(end) });
  }
  return free.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Starts of back-to-back slots of `minutes` in each free period, from its beginning: how a
 * department packs a scanner's day. A candidate refused by `accept` (no technologist free, the
 * patient busy) is retried `stepMinutes` later, so one busy technologist does not lose the hour.
 * With `limit`, stops at that many (the soonest, when `free` is sorted).
 */
export function packSlots(
  free: readonly Period[],
  minutes: number,
  options: { notBefore: Date; stepMinutes: number; accept: (slot: Period) => boolean; limit?: number },
): Period[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const length = minutes * 60_000;
  const step = options.stepMinutes * 60_000;
  const slots: Period[] = [];
  for (const period of free) {
    const end = period.endsAt.getTime();
    let start = period.startsAt.getTime();
    // Past slots are not offered; the first offered start stays on the period's step grid.
    if (start < options.notBefore.getTime()) start += Math.ceil((options.notBefore.getTime() - start) / step) * step;
    while (start + length <= end) {
      const slot = { startsAt: new Date(start), endsAt: new Date(start + length) };
      if (options.accept(slot)) {
        slots.push(slot);
        if (slots.length >= limit) return slots;
        start += length;
      } else start += step;
    }
  }
  return slots;
}

/** The parts of `periods` inside any of `cover` (e.g. free time when someone is on shift); sorted. */
export function intersect(periods: readonly Period[], cover: readonly Period[]): Period[] {
  const pieces: Period[] = [];
  for (const period of periods)
    for (const part of cover) {
      const startsAt = Math.max(period.startsAt.getTime(), part.startsAt.getTime());
      const endsAt = Math.min(period.endsAt.getTime(), part.endsAt.getTime());
      if (startsAt < endsAt) pieces.push({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
    }
  // Overlapping shifts give overlapping pieces: cutting nothing out of their union joins them.
  return union(pieces);
}

/** Overlapping or touching periods joined; sorted. */
export function union(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const joined: Period[] = [];
  for (const period of sorted) {
    const last = joined.at(-1);
    if (last && period.startsAt <= last.endsAt) last.endsAt = new Date(Math.max(last.endsAt.getTime(), period.endsAt.getTime()));
    else joined.push({ startsAt: period.startsAt, endsAt: period.endsAt });
  }
  return joined;
}

/** Whether `slot` overlaps none of `busy`, which must be sorted and not overlapping (as `union` gives): a binary search. */
export function freeOf(busy: readonly Period[], slot: Period): boolean {
  let [low, high] = [0, busy.length];
  // The first busy period that ends after the slot starts; the slot is free when it starts after the slot ends.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((busy[middle] as Period).endsAt <= slot.startsAt) low = middle + 1;
    else high = middle;
  }
  const next = busy[low];
  return next === undefined || next.startsAt >= slot.endsAt;
}
