import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { normalIcd10Code } from "@gantry/subgraph-kit/icd10";
import { optionalText, personName, recordId, reference, requiredText } from "@gantry/subgraph-kit/input-rules";
import { isValidNpi } from "@gantry/subgraph-kit/npi";
import { orderPriority, patientClass } from "@gantry/subgraph-kit/order-scope";
import { z } from "zod";
import { lateralities, orderStatuses } from "./imaging-order.entity.ts";

export const priority = orderPriority;
export const orderStatus = fromGraphQLEnum(orderStatuses);
const laterality = fromGraphQLEnum(lateralities);

const npi = z.string().trim().refine(isValidNpi, "must be a 10-digit NPI whose last digit is its check digit (e.g. 1234567893)");

const icd10 = z.string().transform((value, context) => {
  const code = normalIcd10Code(value);
  if (code === null) {
    context.addIssue({ code: "custom", message: "must be an ICD-10-CM code such as R51.9 or S52.521A" });
    return z.NEVER;
  }
  return code;
});

/** A written reason: why the change was made, in a sentence. */
export const reasonText = requiredText(500, { multiline: true }).refine((value) => value.length >= 3, "say why, in a few words");

export const placeOrderInput = z.object({
  patientId: recordId,
  procedureId: recordId,
  laterality: laterality.nullish(),
  referringProvider: z.object({ name: personName(200), npi }),
  reason: z.object({ code: icd10, text: optionalText(500, { multiline: true }) }),
  priority,
  patientClass,
  placerOrderNumber: reference(40).nullish(),
  notes: optionalText(2000, { multiline: true }),
  /** Draft orders wait for the referrer's signature or missing details; active ones go to the queue. */
  draft: z.boolean().nullish(),
});
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;

export const triageOrderInput = z.object({
  orderId: recordId,
  priority: priority.nullish(),
  protocol: optionalText(200),
  note: optionalText(500, { multiline: true }),
});

export const holdOrderInput = z.object({ orderId: recordId, reason: reasonText });
export const orderIdInput = z.object({ orderId: recordId });
export const revokeOrderInput = z.object({ orderId: recordId, reason: reasonText, enteredInError: z.boolean().nullish() });
export const priorAuthOverrideInput = z.object({ orderId: recordId, requiresPriorAuthorization: z.boolean(), reason: reasonText });
export const orderQueueInput = z.object({
  untriagedOnly: z.boolean().nullish(),
  unscheduledOnly: z.boolean().nullish(),
  priority: priority.nullish(),
});
