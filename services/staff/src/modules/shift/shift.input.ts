import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { staffMemberId } from "../credential/credential.input.ts";
import { modality } from "@gantry/subgraph-kit/modality";
import { shiftKinds } from "./shift.entity.ts";
import { requiredText } from "@gantry/subgraph-kit/input-rules";

const longestShiftHours = 24;

export const shiftKind = fromGraphQLEnum(shiftKinds);

export const assignShiftInput = z
  .object({
    staffMemberId,
    startsAt: z.date(),
    endsAt: z.date(),
    modality: modality.nullish(),
    location: requiredText(60).nullish(),
    kind: shiftKind.nullish(),
  })
  .refine((input) => input.endsAt > input.startsAt, { message: "endsAt must be after startsAt", path: ["endsAt"] })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= longestShiftHours * 3_600_000, {
    message: `a shift lasts at most ${longestShiftHours} hours`,
    path: ["endsAt"],
  });
export type AssignShiftInput = z.infer<typeof assignShiftInput>;

export const cancelReason = requiredText(300, { multiline: true }).refine((value) => value.length >= 3, "say why the shift is cancelled");
