import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { calendarDate, pastOrToday } from "../../dates.ts";
import { departmentToday } from "../../department.ts";
import { staffMemberId } from "../credential/credential.input.ts";
import { modality } from "@gantry/subgraph-kit/modality";
import { competencyResults } from "./competency.entity.ts";
import { requiredText } from "@gantry/subgraph-kit/input-rules";

export const recordCompetencyAssessmentInput = z
  .object({
    staffMemberId,
    modality,
    examType: requiredText(100).nullish(),
    assessedBy: requiredText(200).nullish(),
    assessedOn: pastOrToday(() => departmentToday()),
    result: fromGraphQLEnum(competencyResults),
    nextDueOn: calendarDate.nullish(),
  })
  .refine((input) => !input.nextDueOn || input.nextDueOn > input.assessedOn, {
    message: "nextDueOn must be after assessedOn",
    path: ["nextDueOn"],
  });
