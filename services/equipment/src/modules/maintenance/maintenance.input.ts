import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { maintenanceKinds } from "./maintenance.entity.ts";

const longestWindowDays = 14;

export const maintenanceKind = fromGraphQLEnum(maintenanceKinds);

export const scheduleMaintenanceInput = z
  .object({
    deviceId: recordId,
    kind: maintenanceKind,
    startsAt: z.date(),
    endsAt: z.date(),
    vendor: z.string().trim().min(1, "must not be empty").max(120).nullish(),
    notes: z.string().trim().max(2000).nullish(),
  })
  .refine((input) => input.endsAt > input.startsAt, { message: "endsAt must be after startsAt", path: ["endsAt"] })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= longestWindowDays * 86_400_000, {
    message: `a maintenance window lasts at most ${longestWindowDays} days`,
    path: ["endsAt"],
  });

// A little clock skew between a workstation and the server is fine; the future is not.
const allowedSkewMs = 5 * 60_000;

export const completeMaintenanceInput = z.object({
  maintenanceId: recordId,
  completedAt: z
    .date()
    .refine((value) => value.getTime() <= Date.now() + allowedSkewMs, "must not be in the future")
    .nullish(),
  notes: z.string().trim().max(2000).nullish(),
});

export const cancelMaintenanceInput = z.object({
  maintenanceId: recordId,
  reason: z.string().trim().min(3, "say why the maintenance is cancelled").max(300),
});

export const dueQuery = z.object({ withinDays: z.number().int().min(1).max(366), asOf: z.date() });
