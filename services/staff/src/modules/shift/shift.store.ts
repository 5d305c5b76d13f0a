import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { Modality } from "@gantry/subgraph-kit/modality";
import { Shift, type ShiftKind } from "./shift.entity.ts";

/** The queries behind shifts; the overlap rule itself lives in the database. */
export class ShiftStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  findById(id: string): Promise<Shift | null> {
    return this.em.findOne(Shift, { id });
  }

  /** Live shifts of one kind in progress at `at`. */
  inProgress(kind: ShiftKind, modality: Modality | null, at: Date): Promise<Shift[]> {
    const where: FilterQuery<Shift> = { kind, cancelledAt: null, startsAt: { $lte: at }, endsAt: { $gt: at } };
    if (modality) where.modality = modality;
    return this.em.find(Shift, where, { orderBy: { modality: "asc", startsAt: "asc", id: "asc" } });
  }

  /** Live shifts of one person overlapping [from, to). */
  /** Live shifts of these people overlapping [from, to), in one statement however many people. */
  forStaffMembers(staffMemberIds: readonly string[], from: Date, to: Date): Promise<Shift[]> {
    return this.em.find(
      Shift,
      { staffMemberId: { $in: [...staffMemberIds] }, cancelledAt: null, startsAt: { $lt: to }, endsAt: { $gt: from } },
      { orderBy: { startsAt: "asc" } },
    );
  }
}
