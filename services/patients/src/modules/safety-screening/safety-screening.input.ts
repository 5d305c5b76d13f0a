import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { calendarDate, optionalText } from "../record-keeping/record-keeping.input.ts";
import { pregnancyStatuses } from "./safety-screening.entity.ts";

const today = departmentToday;

const answers = {
  pregnancyStatus: fromGraphQLEnum(pregnancyStatuses).nullish(),
  contrastAllergy: z.boolean().nullish(),
  priorContrastReactions: optionalText(1000),
  latexAllergy: z.boolean().nullish(),
  pacemaker: z.boolean().nullish(),
  implants: z.boolean().nullish(),
  implantDetails: optionalText(1000),
  metalFragments: z.boolean().nullish(),
  claustrophobia: z.boolean().nullish(),
  egfr: z.number().int("must be a whole number").min(0, "must be between 0 and 200").max(200, "must be between 0 and 200").nullish(),
  egfrMeasuredOn: calendarDate.refine((value) => value <= today(), "must not be in the future").nullish(),
  weightKg: z.number().gt(0, "must be more than 0").max(700, "must be at most 700").nullish(),
};

const answered = (input: Record<string, unknown>) =>
  Object.entries(input).some(([key, value]) => key in answers && value !== undefined && value !== null);

export const recordScreeningInput = z
  .object({
    patientId: z.string(),
    validForDays: z.number().int().min(1, "must be between 1 and 365").max(365, "must be between 1 and 365").nullish(),
    ...answers,
  })
  .refine(answered, "answer at least one question");
export type RecordScreeningInput = z.infer<typeof recordScreeningInput>;

export const amendScreeningInput = z.object(answers).refine(answered, "answer at least one question");
export type AmendScreeningInput = z.infer<typeof amendScreeningInput>;
