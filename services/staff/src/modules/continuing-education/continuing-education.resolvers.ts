import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const continuingEducationResolvers: Resolvers = {
  Mutation: {
    logContinuingEducation: (_root, { input }, { education }) => education.log(input),
  },
  ContinuingEducation: {
    staffMember: (activity, _args, { staff }) => staff.loadOrFail(activity.staffMemberId),
    credits: (activity) => Number(activity.credits),
  },
};
