import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import type { FoundSlot } from "./slot-finder.ts";

const slot = (found: FoundSlot) => ({
  device: { id: found.deviceId },
  startsAt: found.startsAt,
  endsAt: found.endsAt,
  technologists: found.technologistIds.map((id) => ({ id })),
  reserved: found.reserved,
});

export const slotFinderResolvers: Resolvers = {
  Query: {
    findSlots: async (_root, { search, first }, { slots }) => (await slots.forOrder(search, first)).map(slot),
    nextAvailableSlot: async (_root, { procedureId, priority, from }, { slots }) => {
      const found = await slots.nextAvailable({ procedureId, priority: priority ?? "ROUTINE", from: from ?? departmentToday() });
      return found ? slot(found) : null;
    },
  },
};
