import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { calendarDate, pastOrToday } from "../../dates.ts";
import { daysBetween, departmentToday } from "../../department.ts";
import { isUuid } from "../../uuid.ts";
import { credentialKinds } from "./credential.entity.ts";
import { requiredText } from "@gantry/subgraph-kit/input-rules";

const text = requiredText;
const issuedOn = pastOrToday(() => departmentToday());
const expiryAfterIssue = { message: "expiresOn must be after issuedOn", path: ["expiresOn"] };

export const staffMemberId = z.string().refine(isUuid, "must be a staff member id");

export const addCredentialInput = z
  .object({
    staffMemberId,
    kind: fromGraphQLEnum(credentialKinds),
    number: text(40),
    issuer: text(120),
    issuedOn,
    expiresOn: calendarDate,
  })
  .refine((input) => input.expiresOn > input.issuedOn, expiryAfterIssue);
export type AddCredentialInput = z.infer<typeof addCredentialInput>;

export const renewCredentialInput = z
  .object({ number: text(40).nullish(), issuedOn, expiresOn: calendarDate })
  .refine((input) => input.expiresOn > input.issuedOn, expiryAfterIssue);
export type RenewCredentialInput = z.infer<typeof renewCredentialInput>;

export const verificationOutcome = fromGraphQLEnum(["verified", "failed"] as const);

/** How far ahead the expiry watch may look: two years covers every renewal cycle. */
export const expiringQuery = z.object({
  withinDays: z.number().int().min(0, "must be 0 or more").max(730, "must be at most 730"),
  asOf: calendarDate.nullish(),
  includeExpired: z.boolean().nullish(),
});

/** The period of staffCredentialedDuring: at most 31 days, so one question stays one cheap statement. */
export const credentialedPeriod = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((period) => period.to >= period.from, { message: "to must not be before from", path: ["to"] })
  .refine((period) => daysBetween(period.from, period.to) < 31, { message: "at most 31 days at a time", path: ["to"] });
