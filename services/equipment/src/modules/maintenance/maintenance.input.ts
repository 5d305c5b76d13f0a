import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { maintenanceKinds } from "./maintenance.entity.ts";
import { optionalText, pastInstant, requiredText } from "@gantry/subgraph-kit/input-rules";

const longestWindowDays = 14;

export const maintenanceKind = fromGraphQLEnum(maintenanceKinds);

export const scheduleMaintenanceInput = z
  .object({
    deviceId: recordId,
    kind: maintenanceKind,
    startsAt: z.date(),
    endsAt: z.date(),
    vendor: requiredText(120).nullish(),
    notes: optionalText(2000, { multiline: true }),
  })
  .refine((input) => input.endsAt > input.startsAt, { message: "endsAt must be after startsAt", path: ["endsAt"] })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= longestWindowDays * 86_400_000, {
    message: `a maintenance window lasts at most ${longestWindowDays} days`,
    path: ["endsAt"],
  });

export const completeMaintenanceInput = z.object({
  maintenanceId: recordId,
  completedAt: pastInstant().nullish(),
  notes: optionalText(2000, { multiline: true }),
});

export const cancelMaintenanceInput = z.object({
  maintenanceId: recordId,
  reason: requiredText(300, { multiline: true }).refine((value) => value.length >= 3, "say why the maintenance is cancelled"),
});

export const dueQuery = z.object({ withinDays: z.number().int().min(1).max(366), asOf: z.date() });
