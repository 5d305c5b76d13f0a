import type { Resolvers } from "../../__generated__/resolvers-types.ts";

// A reference carries only the id; each field this area adds reads by it (batched in its module).
export const federationResolvers: Resolvers = {
  Patient: { __resolveReference: (reference) => ({ id: reference.id }) },
  Device: { __resolveReference: (reference) => ({ id: reference.id }) },
  StaffMember: { __resolveReference: (reference) => ({ id: reference.id }) },
};
