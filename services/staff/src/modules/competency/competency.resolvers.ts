import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const competencyResolvers: Resolvers = {
  Mutation: {
    recordCompetencyAssessment: (_root, { input }, { competencies }) => competencies.record(input),
  },
  Competency: {
    staffMember: (competency, _args, { staff }) => staff.loadOrFail(competency.staffMemberId),
    modality: (competency) => toGraphQLEnum(competency.modality),
    examType: (competency) => competency.examType ?? null,
    result: (competency) => toGraphQLEnum(competency.result),
    nextDueOn: (competency) => competency.nextDueOn ?? null,
  },
};
