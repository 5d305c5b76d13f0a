import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { disinfectionMethods, disinfectionResults } from "./disinfection.entity.ts";
import { optionalText, pastInstant, requiredText } from "@gantry/subgraph-kit/input-rules";

const notInFuture = pastInstant();

export const recordProbeUseInput = z.object({
  probeId: recordId,
  usedAt: notInFuture.nullish(),
  appointmentReference: requiredText(100).nullish(),
});

export const logDisinfectionInput = z.object({
  probeId: recordId,
  method: fromGraphQLEnum(disinfectionMethods),
  disinfectantLotId: recordId.nullish(),
  performedById: recordId,
  performedAt: notInFuture.nullish(),
  result: fromGraphQLEnum(disinfectionResults),
  notes: optionalText(1000, { multiline: true }),
});

export const disinfectionLogQuery = z.object({ probeId: recordId, first: z.number().int().min(1).max(100) });
