import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation, type ViolationMessage } from "@gantry/subgraph-kit/database-errors";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { groupedBy, loadersByArguments } from "@gantry/subgraph-kit/loaders-by-arguments";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { requireDirectoryReader, requireStaffPermission } from "../../access.ts";
import { calendarDate } from "../../dates.ts";
import { addDays, startOfDepartmentDay } from "../../department.ts";
import { isUuid } from "../../uuid.ts";
import { modality as modalityRule } from "@gantry/subgraph-kit/modality";
import type { StaffMemberManager } from "../staff-member/staff-member.manager.ts";
import { Shift, type ShiftKind } from "./shift.entity.ts";
import { assignShiftInput, cancelReason } from "./shift.input.ts";
import type { ShiftStore } from "./shift.store.ts";

const overlap = (message: string): ViolationMessage[] => [
  { sqlState: SqlState.ExclusionViolation, constraint: "shift_no_overlap", message },
];

/** Shift rules: who may change the rota; the database guarantees nobody is in two places at once. */
// Built once: a zod schema costs more to build than to run, and a roster asks this per person.
const shiftPeriod = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((range) => range.to >= range.from, { message: "to must not be before from", path: ["to"] });

export class ShiftManager {
  private readonly context: SubgraphContext;
  private readonly store: ShiftStore;
  private readonly staff: StaffMemberManager;
  private readonly byPeriod = loadersByArguments();

  constructor(context: SubgraphContext, store: ShiftStore, staff: StaffMemberManager) {
    this.context = context;
    this.store = store;
    this.staff = staff;
  }

  async inProgress(kind: ShiftKind, rawModality: unknown, at: Date | null | undefined): Promise<Shift[]> {
    requireDirectoryReader(this.context.identity, kind === "on-call" ? "Looking up who is on call" : "Looking up who is on shift");
    const modality = rawModality ? parseInput(modalityRule, rawModality, "modality") : null;
    return this.store.inProgress(kind, modality, at ?? new Date());
  }

  async forStaffMember(staffMemberId: string, rawFrom: unknown, rawTo: unknown): Promise<Shift[]> {
    const { from, to } = parseInput(shiftPeriod, { from: rawFrom, to: rawTo }, "arguments");
    const [start, end] = [startOfDepartmentDay(from), startOfDepartmentDay(addDays(to, 1))];
    // Batched per period: a list of 20 people with their shifts for a day is one statement, not 20.
    return this.byPeriod(`${from}|${to}`, async (ids) =>
      groupedBy(ids, await this.store.forStaffMembers(ids, start, end), (shift) => shift.staffMemberId),
    ).load(staffMemberId);
  }

  async assign(rawInput: unknown): Promise<Shift> {
    requireStaffPermission(this.context.identity, "manageShifts", "Assigning shifts");
    const input = parseInput(assignShiftInput, rawInput);
    const member = await this.staff.loadOrFail(input.staffMemberId);
    if (!member.active) throw conflict(`${member.givenName} ${member.familyName} is not active and cannot be given shifts.`);
    const shift = this.context.em.create(Shift, {
      id: randomUUID(),
      staffMemberId: member.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      modality: input.modality ?? null,
      location: input.location ?? null,
      kind: input.kind ?? "regular",
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
    } as Shift);
    await conflictOnViolation(
      () => this.context.em.flush(),
      overlap(
        `${member.givenName} ${member.familyName} already has a shift overlapping ${input.startsAt.toISOString()}–${input.endsAt.toISOString()}.`,
      ),
    );
    return shift;
  }

  /** Exchanges the people on two shifts in one transaction; the overlap check runs at commit, on the result. */
  async swap(firstShiftId: string, secondShiftId: string): Promise<Shift[]> {
    requireStaffPermission(this.context.identity, "manageShifts", "Swapping shifts");
    if (firstShiftId === secondShiftId)
      throw badUserInput("A shift cannot be swapped with itself.", [{ field: "secondShiftId", message: "same as firstShiftId" }]);
    return conflictOnViolation(
      () =>
        this.context.em.transactional(async (em) => {
          await em.execute("set constraints shift_no_overlap deferred");
          // Lock in id order so two concurrent swaps of the same shifts cannot deadlock.
          const locked = new Map<string, Shift>();
          for (const id of [firstShiftId, secondShiftId].sort()) locked.set(id, await this.lockLive(em, id));
          const first = locked.get(firstShiftId) as Shift;
          const second = locked.get(secondShiftId) as Shift;
          if (first.staffMemberId === second.staffMemberId) {
            throw badUserInput("Both shifts belong to the same person; there is nothing to swap.", [
              { field: "secondShiftId", message: "same person" },
            ]);
          }
          const firstPerson = first.staffMemberId;
          first.staffMemberId = second.staffMemberId;
          second.staffMemberId = firstPerson;
          return [first, second];
        }),
      overlap("After the swap someone would hold two overlapping shifts; nothing was changed."),
    );
  }

  async markOnCall(shiftId: string, onCall: boolean | null | undefined): Promise<Shift> {
    requireStaffPermission(this.context.identity, "manageShifts", "Marking on-call");
    const shift = await this.liveOrFail(shiftId);
    shift.kind = onCall === false ? "regular" : "on-call";
    await this.context.em.flush();
    return shift;
  }

  async cancel(shiftId: string, rawReason: unknown): Promise<Shift> {
    requireStaffPermission(this.context.identity, "manageShifts", "Cancelling shifts");
    const reason = parseInput(cancelReason, rawReason, "reason");
    const shift = await this.liveOrFail(shiftId);
    this.context.em.assign(shift, { cancelledAt: new Date(), cancelledBy: this.context.identity.name, cancelReason: reason });
    await this.context.em.flush();
    return shift;
  }

  private async liveOrFail(id: string): Promise<Shift> {
    const shift = isUuid(id) ? await this.store.findById(id) : null;
    if (!shift) throw notFound("Shift", id);
    if (shift.cancelledAt) throw conflict(`Shift ${id} was cancelled.`);
    return shift;
  }

  private async lockLive(em: EntityManager, id: string): Promise<Shift> {
    const shift = isUuid(id) ? await em.findOne(Shift, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!shift) throw notFound("Shift", id);
    if (shift.cancelledAt) throw conflict(`Shift ${id} was cancelled.`);
    return shift;
  }
}
