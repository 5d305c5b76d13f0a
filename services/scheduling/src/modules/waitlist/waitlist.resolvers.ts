import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const waitlistResolvers: Resolvers = {
  Query: {
    waitlist: (_root, period, { waitlist }) => waitlist.open(period),
  },
  Mutation: {
    addToWaitlist: (_root, { input }, { waitlist }) => waitlist.add(input),
    removeFromWaitlist: (_root, { id }, { waitlist }) => waitlist.remove(id),
  },
  WaitlistEntry: {
    order: (entry, _args, { orders }) => orders.loadOrFail(entry.orderId),
    patient: (entry) => ({ id: entry.patientId }),
    addedAt: (entry) => entry.createdAt,
    addedBy: (entry) => entry.createdBy,
    note: (entry) => entry.note ?? null,
  },
  ImagingOrder: {
    waitlistEntries: (order, _args, { waitlist }) => waitlist.forOrder(order.id),
  },
};
