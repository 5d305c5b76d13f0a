import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { disinfectionMethods, disinfectionResults } from "./disinfection.entity.ts";

// A little clock skew between a workstation and the server is fine; the future is not.
const allowedSkewMs = 5 * 60_000;
const notInFuture = z.date().refine((value) => value.getTime() <= Date.now() + allowedSkewMs, "must not be in the future");

export const recordProbeUseInput = z.object({
  probeId: recordId,
  usedAt: notInFuture.nullish(),
  appointmentReference: z.string().trim().min(1, "must not be empty").max(100).nullish(),
});

export const logDisinfectionInput = z.object({
  probeId: recordId,
  method: fromGraphQLEnum(disinfectionMethods),
  disinfectantLotId: recordId.nullish(),
  performedById: recordId,
  performedAt: notInFuture.nullish(),
  result: fromGraphQLEnum(disinfectionResults),
  notes: z.string().trim().max(1000).nullish(),
});

export const disinfectionLogQuery = z.object({ probeId: recordId, first: z.number().int().min(1).max(100) });
