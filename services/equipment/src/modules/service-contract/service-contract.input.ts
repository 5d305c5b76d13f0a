import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { contractCoverages } from "./service-contract.entity.ts";
import { calendarDate, requiredText } from "@gantry/subgraph-kit/input-rules";

export const addServiceContractInput = z
  .object({
    deviceId: recordId,
    vendor: requiredText(120),
    coverage: fromGraphQLEnum(contractCoverages),
    startsOn: calendarDate,
    endsOn: calendarDate,
    annualCost: z
      .string()
      .trim()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, "must be a non-negative amount with at most two decimals"),
    responseTimeHours: z.number().int().min(1, "must be at least 1 hour").max(720),
  })
  .refine((input) => input.endsOn >= input.startsOn, { message: "endsOn must not be before startsOn", path: ["endsOn"] });

export const expiringQuery = z.object({
  withinDays: z.number().int().min(0).max(3650),
  asOf: calendarDate,
});
