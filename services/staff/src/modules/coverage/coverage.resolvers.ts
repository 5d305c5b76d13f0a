import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { requireDirectoryReader } from "../../access.ts";
import { departmentHours } from "../../department.ts";

export const coverageResolvers: Resolvers = {
  Query: {
    coverageGaps: async (_root, args, { coverage }) =>
      (await coverage.gaps(args)).map((gap) => ({ ...gap, modality: toGraphQLEnum(gap.modality) })),
    departmentHours: (_root, _args, { identity }) => {
      requireDirectoryReader(identity, "Department hours");
      return { ...departmentHours };
    },
  },
};
