import { z } from "zod";
import { pastOrToday } from "../../dates.ts";
import { departmentToday } from "../../department.ts";
import { staffMemberId } from "../credential/credential.input.ts";
import { requiredText } from "@gantry/subgraph-kit/input-rules";

export const logContinuingEducationInput = z.object({
  staffMemberId,
  title: requiredText(200),
  category: requiredText(40),
  // numeric(5,2) in the database; one activity is never worth more than a biennium's worth.
  credits: z
    .number()
    .gt(0, "must be more than 0")
    .max(48, "must be at most 48")
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "must have at most 2 decimals"),
  completedOn: pastOrToday(() => departmentToday()),
});
