import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import type { ShiftKind } from "./shift.entity.ts";

export const shiftResolvers: Resolvers = {
  Query: {
    onShift: (_root, { modality, at }, { shifts }) => shifts.inProgress("regular", modality, at),
    onCall: (_root, { modality, at }, { shifts }) => shifts.inProgress("on-call", modality, at),
  },
  Mutation: {
    assignShift: (_root, { input }, { shifts }) => shifts.assign(input),
    swapShifts: (_root, { firstShiftId, secondShiftId }, { shifts }) => shifts.swap(firstShiftId, secondShiftId),
    markOnCall: (_root, { shiftId, onCall }, { shifts }) => shifts.markOnCall(shiftId, onCall),
    cancelShift: (_root, { shiftId, reason }, { shifts }) => shifts.cancel(shiftId, reason),
  },
  Shift: {
    staffMember: (shift, _args, { staff }) => staff.loadOrFail(shift.staffMemberId),
    modality: (shift) => (shift.modality ? toGraphQLEnum(shift.modality) : null),
    location: (shift) => shift.location ?? null,
    kind: (shift) => toGraphQLEnum(shift.kind as ShiftKind),
    cancelled: (shift) => Boolean(shift.cancelledAt),
    cancelledAt: (shift) => shift.cancelledAt ?? null,
    cancelledBy: (shift) => shift.cancelledBy ?? null,
    cancelReason: (shift) => shift.cancelReason ?? null,
  },
};
